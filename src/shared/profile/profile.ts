/**
 * The organisation profile (Thông tin cơ quan): who issues, where, and the layout choices that
 * docs/nd30-rules.md marks [INFER]: defaults the user may change.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { Signer } from '../document/signer';
import { TONE_STYLES } from '../text/tone-style';
import { Organisation } from './organisation';

const line = nfcString().max(300);

export const SIZE_PRESETS = ['A', 'B'] as const;

export const PageSetup = z.object({
  /** ND30 PL I §I.3: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginTopMm: z.number().min(20, 'Lề trên tối thiểu 20 mm').max(25, 'Lề trên tối đa 25 mm'),
  marginBottomMm: z.number().min(20, 'Lề dưới tối thiểu 20 mm').max(25, 'Lề dưới tối đa 25 mm'),
  marginLeftMm: z.number().min(30, 'Lề trái tối thiểu 30 mm').max(35, 'Lề trái tối đa 35 mm'),
  marginRightMm: z.number().min(15, 'Lề phải tối thiểu 15 mm').max(20, 'Lề phải tối đa 20 mm'),
  /** Preset A: ND30 illustration sizes; Preset B: Quốc hiệu 13 / Tiêu ngữ 14 (docs/nd30-rules.md §2.1). */
  sizePreset: z.enum(SIZE_PRESETS),
  /** ND30 PL I §II.6.a: at least single, at most 1.5 lines. */
  lineSpacing: z.number().min(1, 'Giãn dòng tối thiểu 1,0').max(1.5, 'Giãn dòng tối đa 1,5'),
  /** ND30 PL I §II.6.a: first-line indent 1 cm or 1.27 cm. */
  firstLineIndentCm: z.union([z.literal(1), z.literal(1.27)]),
  /** ND30 PL I §II.6.a: at least 6 pt between paragraphs. */
  paragraphAfterPt: z.number().min(6, 'Khoảng cách đoạn tối thiểu 6 pt').max(18),
  /** ND30 PL III: the body ends with "./."; added on export when the user leaves it off. */
  appendEndMark: z.boolean(),
});
export type PageSetup = z.infer<typeof PageSetup>;

export const Profile = z.object({
  /** Short name shown in settings. */
  name: nfcString().trim().min(1, 'Tên hồ sơ không được để trống').max(200),
  /** Full name used in running text and bylines: "Ủy ban MTTQ Việt Nam phường Thanh Xuân". */
  orgName: line,
  parentBody: z.array(line).max(4),
  issuingBody: z.array(line).max(4),
  place: line,
  /** Issuer part of the ký hiệu: "MTTQ-BTT" in "BC-MTTQ-BTT" (docs/nd30-rules.md §8.2). */
  symbolSuffix: nfcString().max(60).regex(/^[^\s/]*$/, 'Hậu tố ký hiệu không được chứa dấu cách hay "/"'),
  signer: Signer,
  /** The last Nơi nhận line: "Lưu: VT" (ND30 PL I §II.9.b). */
  archiveLine: line,
  page: PageSetup,
  /**
   * Kiểu bỏ dấu: "old" (hòa, thủy, Ủy — Decree 30's own text) or "new" (hoà, thuỷ, Uỷ); paste,
   * import and "Chuẩn hóa dấu" write this style, and the check reports the other.
   */
  toneStyle: z.enum(TONE_STYLES).default('old'),
  /** Level and place as asked at first run (organisation.ts); absent in profiles saved before. */
  organisation: Organisation.optional(),
}).superRefine((profile, ctx) => {
  // Once the committee's place is known, every document dates "…, ngày … tháng … năm …" with it.
  if (profile.organisation && !profile.place.trim()) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'Hãy ghi địa danh (dùng ở dòng «…, ngày … tháng … năm …»)' });
  }
});
export type Profile = z.infer<typeof Profile>;

// The defaults live apart from the schemas so the renderer's entry can start without zod.
export { DEFAULT_PROFILE } from './default-profile';
