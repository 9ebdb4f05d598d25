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

/**
 * About 40 % / 60 %, but the right column is never narrower than the Quốc hiệu on one line: with
 * preset B (13 pt) and the widest allowed margins 60 % is too narrow and it would wrap.
 */
export function headerColumnWidths(ctx: DocxContext): [number, number] {
  const total = ctx.geometry.textWidthTwips;
  const quocHieu = Math.ceil(estimateTextWidthTwips(QUOC_HIEU, ctx.sizes.quocHieu, true) * QUOC_HIEU_SLACK);
  const right = Math.max(total - Math.round(total * HEADER_LEFT_SHARE), Math.min(total, quocHieu));
  return [total - right, right];
}

/** The parent and issuing lines: the frame's, or the profile's when the frame has none. */
export function issuerLines(frame: Frame, ctx: DocxContext): { parent: string[]; issuing: string[] } {
  const fromFrame = frame.parentBody.length > 0 || frame.issuingBody.length > 0;
  const clean = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean);
  return fromFrame
    ? { parent: clean(frame.parentBody), issuing: clean(frame.issuingBody) }
    : { parent: clean(ctx.profile.parentBody), issuing: clean(ctx.profile.issuingBody) };
}

function issuerCell(frame: Frame, ctx: DocxContext, widthTwips: number): Paragraph[] {
  const { parent, issuing } = issuerLines(frame, ctx);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const paragraphs = [
    ...parent.map((line) => frameLine([styledRun(upper(line), { sizeHalfPt: ctx.sizes.parentBody })], AlignmentType.CENTER)),
    ...issuing.map((line) => frameLine([styledRun(upper(line), { sizeHalfPt: ctx.sizes.issuingBody, bold: true })], AlignmentType.CENTER)),
  ];
  const ruled = issuing.length ? issuing : parent;
  if (ruled.length) {
    const longest = Math.max(...ruled.map((line) => estimateTextWidthTwips(upper(line), ctx.sizes.issuingBody, issuing.length > 0)));
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
  const [left, right] = headerColumnWidths(ctx);
  const row2 = numberDateRow(frame, ctx);
  return frameTable(
    [
      [frameCell(issuerCell(frame, ctx, left), left), frameCell(nationalCell(ctx, right), right)],
      [frameCell(row2.left, left), frameCell(row2.right, right)],
    ],
    [left, right],
  );
}
