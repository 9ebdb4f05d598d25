import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../shared/profile/profile';
import { vi } from '../i18n/strings-vi';
import { profileProblems } from './profile-validation';

describe('profileProblems', () => {
  it('accepts the default profile', () => {
    expect(profileProblems(DEFAULT_PROFILE, vi)).toEqual([]);
  });

  it('names the field and keeps the ND30 limit message', () => {
    const draft = { ...DEFAULT_PROFILE, page: { ...DEFAULT_PROFILE.page, marginTopMm: 12 } };
    expect(profileProblems(draft, vi)).toEqual([{ field: 'page.marginTopMm', label: 'Lề trên (mm)', message: 'Lề trên tối thiểu 20 mm' }]);
  });

  it('words an empty number field in Vietnamese', () => {
    const draft = { ...DEFAULT_PROFILE, page: { ...DEFAULT_PROFILE.page, lineSpacing: Number.NaN } };
    const [problem] = profileProblems(draft, vi);
    expect(problem).toMatchObject({ field: 'page.lineSpacing', label: 'Giãn dòng', message: 'Cần nhập một số' });
  });

  it('reports a symbol suffix with a space', () => {
    const problems = profileProblems({ ...DEFAULT_PROFILE, symbolSuffix: 'MTTQ BTT' }, vi);
    expect(problems.map((p) => p.field)).toEqual(['symbolSuffix']);
  });
});
