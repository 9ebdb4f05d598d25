/**
 * Thông tin cơ quan asked at first run: the committee's level and place in the 2025 two-level
 * administration (phường / xã / đặc khu under a tỉnh or thành phố trực thuộc trung ương, or the
 * province's own committee), and the signer. From these the profile's header lines, full name and
 * địa danh follow (ND30 PL I §II.4: a commune-level body dates with its phường/xã/đặc khu's name;
 * a provincial one with its tỉnh/thành phố's). Every derived line stays editable in the profile.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import type { Profile } from './profile';

export const UNIT_KINDS = ['phường', 'xã', 'đặc khu', 'tỉnh', 'thành phố'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Phường, xã, đặc khu are the commune level; tỉnh and thành phố trực thuộc trung ương the provincial one. */
export function isCommuneLevel(kind: UnitKind): boolean {
  return kind === 'phường' || kind === 'xã' || kind === 'đặc khu';
}

export const Organisation = z
  .object({
    /** The committee's own level: phường/xã/đặc khu, or tỉnh/thành phố. */
    unitKind: z.enum(UNIT_KINDS, { message: 'Cấp phải là phường, xã, đặc khu, tỉnh hoặc thành phố' }),
    /** The place's proper name without its kind: "Khương Đình", "Hà Nội". */
    unitName: nfcString().trim().min(1, 'Hãy ghi tên phường, xã, đặc khu (hoặc tỉnh, thành phố)').max(120, 'Tên phường, xã, đặc khu tối đa 120 ký tự'),
    /** For the commune level, the tỉnh / thành phố it belongs to: "thành phố Hà Nội", "tỉnh Nghệ An". */
    province: nfcString().trim().max(120, 'Tên tỉnh, thành phố tối đa 120 ký tự'),
  })
  .superRefine((organisation, ctx) => {
    // The 2025 two-level administration: every phường, xã, đặc khu sits directly under a province.
    if (isCommuneLevel(organisation.unitKind) && !organisation.province) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'Hãy ghi tỉnh, thành phố mà phường, xã, đặc khu trực thuộc' });
    }
  });
export type Organisation = z.infer<typeof Organisation>;

/** "phường" + "Khương Đình" → "phường Khương Đình". */
export function unitTitle(organisation: Pick<Organisation, 'unitKind' | 'unitName'>): string {
  return `${organisation.unitKind} ${organisation.unitName.trim()}`;
}

/**
 * The profile lines the organisation gives: "Ủy ban MTTQ Việt Nam phường Khương Đình", the header
 * "ỦY BAN MTTQ VIỆT NAM / PHƯỜNG KHƯƠNG ĐÌNH", địa danh "Khương Đình". The signer is the clerk's own.
 */
export function profileFromOrganisation(base: Profile, organisation: Organisation, signer: Profile['signer']): Profile {
  const unit = unitTitle(organisation);
  const orgName = `Ủy ban MTTQ Việt Nam ${unit}`;
  return {
    ...base,
    name: orgName,
    orgName,
    parentBody: ['ỦY BAN MTTQ VIỆT NAM', unit.toLocaleUpperCase('vi')],
    place: organisation.unitName.trim(),
    signer,
    organisation,
  };
}
