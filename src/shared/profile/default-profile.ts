/**
 * The profile's defaults, in a file of their own without the zod schemas of profile.ts: the app's
 * shell needs DEFAULT_PROFILE at startup, and zod is 180 KB of JavaScript the list screen can do without.
 */
import type { PageSetup, Profile } from './profile';

export const DEFAULT_PAGE_SETUP: PageSetup = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  sizePreset: 'A',
  lineSpacing: 1.15,
  firstLineIndentCm: 1,
  paragraphAfterPt: 6,
  appendEndMark: true,
};

/**
 * The starting point before the clerk says who they are: the committee's generic lines and Decree
 * 30's layout, no place. No ward is built in (a clerk must never issue under another ward's header):
 * the app asks for Thông tin cơ quan before the first document, and the CLI refuses to write one.
 */
export const DEFAULT_PROFILE: Profile = {
  name: 'Ủy ban MTTQ Việt Nam',
  orgName: 'Ủy ban MTTQ Việt Nam',
  parentBody: ['ỦY BAN MTTQ VIỆT NAM'],
  issuingBody: ['BAN THƯỜNG TRỰC'],
  place: '',
  symbolSuffix: 'MTTQ-BTT',
  signer: { authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: '' },
  archiveLine: 'Lưu: VT',
  page: DEFAULT_PAGE_SETUP,
  toneStyle: 'old',
};
