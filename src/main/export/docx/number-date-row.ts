/**
 * Row 2 of the header block: "Số: 05/BC-MTTQ-BTT" (ô 3, 13 pt upright, centred under the issuer) on the
 * same line as "Thanh Xuân, ngày 05 tháng 01 năm 2024" (ô 4, 13 pt italic, centred under the motto).
 * ND30 PL I §II.3–4: leading zero for numbers < 10, days < 10 and months 1–2 (shared/text/nd30-date.ts).
 * A công văn (no tên loại) prints its trích yếu "V/v …" under Số, 6 pt below it (ô 5b, 12 pt).
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { Frame } from '../../../shared/document/frame';
import { formatNumberAndSymbol } from '../../../shared/text/nd30-date';
import { placeDateLine } from '../../../shared/frame/frame-view';
import { congVanSummaryLine, isCongVan } from '../../../shared/frame/summary';
import type { DocxContext } from './context';
import { frameLine } from './frame-table';
import { styledRun } from './run-style';

/** Space between the rules of row 1 and the Số/date line. */
const ROW_GAP_TWIPS = 120;
/** ND30 PL I §II.5.b: the V/v line sits 6 pt below Số. */
const CONG_VAN_GAP_TWIPS = 120;

export function numberDateRow(frame: Frame, ctx: DocxContext): { left: Paragraph[]; right: Paragraph[] } {
  const left = [frameLine([styledRun(formatNumberAndSymbol(frame.number, frame.symbol), { sizeHalfPt: ctx.sizes.numberSymbol })], AlignmentType.CENTER, ROW_GAP_TWIPS)];
  const text = isCongVan(frame) ? congVanSummaryLine(frame.summary) : '';
  if (text) {
    left.push(frameLine([styledRun(text, { sizeHalfPt: ctx.sizes.summaryCongVan })], AlignmentType.CENTER, CONG_VAN_GAP_TWIPS));
  }
  const right = [frameLine([styledRun(placeDateLine(frame, ctx.profile), { sizeHalfPt: ctx.sizes.placeDate, italic: true })], AlignmentType.CENTER, ROW_GAP_TWIPS)];
  return { left, right };
}
