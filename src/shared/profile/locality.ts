/**
 * The committee's level and place as running text reads them: "phường Thanh Xuân" (the level word in
 * lower case, the name capitalised; docs/nd30-rules.md §8.4). Taken from the organisation's full name,
 * which carries both ("Ủy ban MTTQ Việt Nam phường Thanh Xuân"); a name without a level word falls
 * back to the place alone.
 */
import type { Profile } from './profile';

/**
 * Level words as a name writes them, in lower case (PL II): the first one in the name is the
 * committee's own level, so a place that holds a level word ("phường Xã Đàn") stays whole. Longest
 * first so "thị xã" wins over "xã".
 */
const LEVEL = /(?:^|\s)(thành phố|thị trấn|thị xã|đặc khu|phường|quận|huyện|tỉnh|xã)\s+(\S.*)$/u;

export function localityOf(profile: Pick<Profile, 'orgName' | 'place'>): string {
  const name = profile.orgName.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const match = LEVEL.exec(name);
  if (match?.[1] && match[2]) return `${match[1]} ${match[2].trim()}`;
  return profile.place.normalize('NFC').trim();
}
