import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../profile/profile';
import { checkDocument } from '../check-document';
import { articleWith } from './check-fixture';
import { toneStyleRule } from './tone-style';

describe('tone-style rule', () => {
  it('reports each word in the style the profile did not choose, with its body position and a sure fix', () => {
    const findings = checkDocument({ document: articleWith('Uỷ ban MTTQ và Ủy ban nhân dân', 'hoà giải'), profile: DEFAULT_PROFILE }, [toneStyleRule]);
    expect(findings.map(({ kind, text, from, to, fix }) => ({ kind, text, from, to, fix }))).toEqual([
      { kind: 'tone-style', text: 'Uỷ', from: 1, to: 3, fix: 'Ủy' },
      { kind: 'tone-style', text: 'hoà', from: 33, to: 36, fix: 'hòa' },
    ]);
    expect(findings[0]?.message).toContain('kiểu cũ');
  });

  it('follows the new style when the profile chose it', () => {
    const findings = checkDocument({ document: articleWith('Uỷ ban MTTQ và Ủy ban nhân dân'), profile: { ...DEFAULT_PROFILE, toneStyle: 'new' } }, [toneStyleRule]);
    expect(findings.map((f) => [f.text, f.fix])).toEqual([['Ủy', 'Uỷ']]);
  });

  it('is in the default rule set', () => {
    expect(checkDocument({ document: articleWith('thuỷ lợi') }).some((f) => f.kind === 'tone-style')).toBe(true);
  });
});
