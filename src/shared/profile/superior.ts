/**
 * The committee one level up, as Nơi nhận names it ("- Ban Thường trực Ủy ban MTTQ Việt Nam thành
 * phố Hà Nội (để b/c);"): from the organisation asked at first run. A phường, xã or đặc khu reports
 * to its tỉnh / thành phố's committee; a province's committee to the Ủy ban Trung ương. A profile
 * saved before the organisation was asked does not say which: "…" stays for the clerk to fill,
 * and the check's leftover rule points at it.
 */
import { isCommuneLevel } from './organisation';
import type { Profile } from './profile';

/** "Thành phố Hà Nội" → "thành phố Hà Nội": the level word in lower case in running text (PL II). */
const LEADING_LEVEL = /^(thành phố|tỉnh)(?=\s)/iu;

export function superiorOf(profile: Pick<Profile, 'organisation'>): string {
  const organisation = profile.organisation;
  if (!organisation) return 'Ủy ban MTTQ Việt Nam …';
  if (!isCommuneLevel(organisation.unitKind)) return 'Ủy ban Trung ương MTTQ Việt Nam';
  const province = organisation.province.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(LEADING_LEVEL, (level) => level.toLocaleLowerCase('vi'));
  return `Ủy ban MTTQ Việt Nam ${province || '…'}`;
}
