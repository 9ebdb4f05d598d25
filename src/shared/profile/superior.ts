/**
 * The committee one level up, as Nơi nhận names it ("- Ban Thường trực Ủy ban MTTQ Việt Nam thành
 * phố Hà Nội (để b/c);"): from the organisation asked at first run. A phường, xã or đặc khu reports
 * to its tỉnh / thành phố's committee; a province's committee to the Ủy ban Trung ương. A profile
 * saved before the organisation was asked does not say which: "…" stays for the clerk to fill,
 * and the check's leftover rule points at it.
 */
import { foldVietnamese } from '../text/vietnamese-fold';
import { isCommuneLevel } from './organisation';
import type { Profile } from './profile';

/** "Thành phố Hà Nội" → "thành phố Hà Nội": the level word in lower case in running text (PL II). */
const LEADING_LEVEL = /^(thành phố|tỉnh)(?=\s)/iu;
/** "TP. Hồ Chí Minh", "TP Hải Phòng": the level word written out. */
const LEADING_TP = /^tp(?:\.\s*|\s+)/iu;

/**
 * The six thành phố trực thuộc trung ương of the 2025 administration (Nghị quyết 202/2025/QH15);
 * compared without marks and case, so "ha noi" finds its level too.
 */
const CENTRAL_CITIES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'].map(foldVietnamese));
/** The 28 tỉnh of the same resolution. */
const PROVINCES = new Set(
  [
    'tuyen quang', 'cao bang', 'lai chau', 'lao cai', 'thai nguyen', 'dien bien', 'lang son', 'son la', 'phu tho', 'bac ninh',
    'quang ninh', 'hung yen', 'ninh binh', 'thanh hoa', 'nghe an', 'ha tinh', 'quang tri', 'quang ngai', 'gia lai', 'khanh hoa',
    'lam dong', 'dak lak', 'dong nai', 'tay ninh', 'vinh long', 'dong thap', 'ca mau', 'an giang',
  ].map(foldVietnamese),
);

/**
 * The province as running text names it, its level word first: "thành phố Hà Nội", "tỉnh Nghệ An".
 * Clerks often type the bare name in "Thuộc tỉnh, thành phố" ("Hà Nội"), which would print
 * "Ủy ban MTTQ Việt Nam Hà Nội"; a name of the 34 gets its level word, any other text is kept.
 */
function provinceWithLevel(typed: string): string {
  const province = typed.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(LEADING_TP, 'thành phố ');
  if (LEADING_LEVEL.test(province)) return province.replace(LEADING_LEVEL, (level) => level.toLocaleLowerCase('vi'));
  const key = foldVietnamese(province);
  if (CENTRAL_CITIES.has(key)) return `thành phố ${province}`;
  if (PROVINCES.has(key)) return `tỉnh ${province}`;
  return province;
}

export function superiorOf(profile: Pick<Profile, 'organisation'>): string {
  const organisation = profile.organisation;
  if (!organisation) return 'Ủy ban MTTQ Việt Nam …';
  if (!isCommuneLevel(organisation.unitKind)) return 'Ủy ban Trung ương MTTQ Việt Nam';
  return `Ủy ban MTTQ Việt Nam ${provinceWithLevel(organisation.province) || '…'}`;
}
