/**
 * Checks the profile form before saving, with the shared zod schema, and words every problem in the
 * UI language naming the field ("Lề trên (mm): Lề trên tối thiểu 20 mm").
 */
import { Profile } from '../../../shared/profile/profile';
import type { Strings } from '../i18n/strings-vi';

const FIELD_LABEL_KEYS: Record<string, keyof Strings> = {
  name: 'profileName',
  orgName: 'orgName',
  parentBody: 'parentBody',
  issuingBody: 'issuingBody',
  place: 'place',
  'organisation.unitKind': 'firstRunLevel',
  'organisation.unitName': 'firstRunCommuneName',
  'organisation.province': 'firstRunProvince',
  symbolSuffix: 'symbolSuffix',
  archiveLine: 'archiveLine',
  'signer.authority': 'authority',
  'signer.authorityOf': 'authorityOf',
  'signer.title': 'signerTitle',
  'signer.name': 'signerName',
  'page.marginTopMm': 'marginTop',
  'page.marginBottomMm': 'marginBottom',
  'page.marginLeftMm': 'marginLeft',
  'page.marginRightMm': 'marginRight',
  'page.sizePreset': 'sizePreset',
  'page.lineSpacing': 'lineSpacing',
  'page.firstLineIndentCm': 'firstLineIndent',
  'page.paragraphAfterPt': 'paragraphAfter',
  'page.appendEndMark': 'appendEndMark',
};

export interface ProfileProblem {
  /** Dotted path without list indexes, e.g. "page.marginTopMm". */
  field: string;
  label: string;
  message: string;
}

export function profileProblems(draft: unknown, t: Strings): ProfileProblem[] {
  const result = Profile.safeParse(draft);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.filter((part) => typeof part !== 'number').map(String).join('.');
    const key = FIELD_LABEL_KEYS[field];
    const label = key ? t[key] : field;
    // zod's own wording for a missing or non-numeric value is English; say it plainly instead.
    const message = issue.code === 'invalid_type' ? numberOrTextMessage(issue.expected) : issue.message;
    return { field, label, message };
  });
}

function numberOrTextMessage(expected: string): string {
  return expected === 'number' ? 'Cần nhập một số' : 'Giá trị không hợp lệ';
}
