/**
 * The header block of the first page (ND30 PL I §II.1–2, docs/nd30-rules.md §3 and §8.1): a borderless
 * 2-column table. Row 1: ô 2 on the left (parent body upright, issuing body bold, short centred rule of
 * 1/2 its length), ô 1 on the right (Quốc hiệu bold, Tiêu ngữ bold, rule as long as the Tiêu ngữ).
 * Row 2 (number-date-row.ts) puts Số and the date on the same line.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Frame } from '../../../shared/document/frame';
import type { DocxContext } from './context';
import { frameCell, frameLine, frameTable } from './frame-table';
import { numberDateRow } from './number-date-row';
import { ruleParagraph } from './rule-line';
import { styledRun } from './run-style';
import { estimateTextWidthTwips } from './text-width';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
/** docs/nd30-rules.md §3: about 40 % / 60 % of the text width. */
export const HEADER_LEFT_SHARE = 0.4;
/** ND30 PL I §II.2.b: the rule under the issuing body is 1/3–1/2 of the line; 1/2 is used. */
const ISSUER_RULE_RATIO = 0.5;

/** Room kept beside the Quốc hiệu so that rounding in Word or LibreOffice never wraps it. */
const QUOC_HIEU_SLACK = 1.05;

/** ND30 PL I §V: the organisation names may be 12 or 13 pt; 12 is the floor a too-narrow column shrinks them to. */
const ORG_MIN_SIZE_HALF_PT = 24;

export interface HeaderLayout {
  /** Left (ô 2, ô 3) and right (ô 1, ô 4) column widths, summing to the text width. */
  widths: [number, number];
  /** The sizes the organisation lines print at (preset B's 13 pt, or 12 pt when the margins leave no room). */
  parentSizeHalfPt: number;
  issuingSizeHalfPt: number;
}

/**
 * About 40 % / 60 % (docs/nd30-rules.md §3), but neither column too narrow for its lines (§2.3): the
 * right column always holds the Quốc hiệu on one line; the left one takes what the right can spare
 * for the longest organisation line; when the widest allowed margins with preset B leave too little
 * (155 mm for 96 mm of Quốc hiệu and 55 mm of "ỦY BAN MTTQ VIỆT NAM" at 13 pt), the organisation
 * lines print at 12 pt, the other size ND30 allows them.
 */
export function headerLayout(frame: Frame, ctx: DocxContext): HeaderLayout {
  const total = ctx.geometry.textWidthTwips;
  const { parent, issuing } = issuerLines(frame, ctx);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const leftNeed = (parentSize: number, issuingSize: number) =>
    Math.ceil(
      Math.max(0, ...parent.map((line) => estimateTextWidthTwips(upper(line), parentSize, false)), ...issuing.map((line) => estimateTextWidthTwips(upper(line), issuingSize, true))) * QUOC_HIEU_SLACK,
    );
  const rightNeed = Math.min(total, Math.ceil(estimateTextWidthTwips(QUOC_HIEU, ctx.sizes.quocHieu, true) * QUOC_HIEU_SLACK));
  let parentSize = ctx.sizes.parentBody;
  let issuingSize = ctx.sizes.issuingBody;
  let right = Math.max(total - Math.round(total * HEADER_LEFT_SHARE), rightNeed);
  if (total - right < leftNeed(parentSize, issuingSize)) {
    right = Math.max(rightNeed, total - leftNeed(parentSize, issuingSize));
    if (total - right < leftNeed(parentSize, issuingSize)) {
      parentSize = Math.min(parentSize, ORG_MIN_SIZE_HALF_PT);
      issuingSize = Math.min(issuingSize, ORG_MIN_SIZE_HALF_PT);
    }
  }
  return { widths: [total - right, right], parentSizeHalfPt: parentSize, issuingSizeHalfPt: issuingSize };
}

/** The parent and issuing lines: the frame's, or the profile's when the frame has none. */
export function issuerLines(frame: Frame, ctx: DocxContext): { parent: string[]; issuing: string[] } {
  const fromFrame = frame.parentBody.length > 0 || frame.issuingBody.length > 0;
  const clean = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean);
  return fromFrame
    ? { parent: clean(frame.parentBody), issuing: clean(frame.issuingBody) }
    : { parent: clean(ctx.profile.parentBody), issuing: clean(ctx.profile.issuingBody) };
}

function issuerCell(frame: Frame, ctx: DocxContext, layout: HeaderLayout): Paragraph[] {
  const widthTwips = layout.widths[0];
  const { parent, issuing } = issuerLines(frame, ctx);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const paragraphs = [
    ...parent.map((line) => frameLine([styledRun(upper(line), { sizeHalfPt: layout.parentSizeHalfPt })], AlignmentType.CENTER)),
    ...issuing.map((line) => frameLine([styledRun(upper(line), { sizeHalfPt: layout.issuingSizeHalfPt, bold: true })], AlignmentType.CENTER)),
  ];
  const ruled = issuing.length ? issuing : parent;
  if (ruled.length) {
    const longest = Math.max(...ruled.map((line) => estimateTextWidthTwips(upper(line), layout.issuingSizeHalfPt, issuing.length > 0)));
    paragraphs.push(ruleParagraph(Math.min(longest, widthTwips) * ISSUER_RULE_RATIO, widthTwips));
  }
  return paragraphs;
}

function nationalCell(ctx: DocxContext, widthTwips: number): Paragraph[] {
  // ND30 PL I §II.1.b: the line under the Tiêu ngữ is as long as the Tiêu ngữ.
  const mottoWidth = estimateTextWidthTwips(TIEU_NGU, ctx.sizes.tieuNgu, true);
  return [
    frameLine([styledRun(QUOC_HIEU, { sizeHalfPt: ctx.sizes.quocHieu, bold: true })], AlignmentType.CENTER),
    frameLine([styledRun(TIEU_NGU, { sizeHalfPt: ctx.sizes.tieuNgu, bold: true })], AlignmentType.CENTER),
    ruleParagraph(mottoWidth, widthTwips),
  ];
}

export function headerBlock(frame: Frame, ctx: DocxContext): Table {
  const layout = headerLayout(frame, ctx);
  const [left, right] = layout.widths;
  const row2 = numberDateRow(frame, ctx);
  return frameTable(
    [
      [frameCell(issuerCell(frame, ctx, layout), left), frameCell(nationalCell(ctx, right), right)],
      [frameCell(row2.left, left), frameCell(row2.right, right)],
    ],
    [left, right],
  );
}
