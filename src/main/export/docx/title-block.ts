/**
 * Tên loại and trích yếu (ô 5a, ND30 PL I §II.5.b): tên loại UPPERCASE bold 14 centred, trích yếu bold 14
 * centred directly under it, then a short centred rule; then the căn cứ lines (ô 6, ND30 PL I §II.6:
 * italic, one per line, each ending ";" and the last "."). A công văn has no tên loại line; its trích
 * yếu sits in the header block (number-date-row.ts).
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { Frame } from '../../../shared/document/frame';
import { plainBodyParagraph } from './body-paragraphs';
import type { DocxContext } from './context';
import { frameLine } from './frame-table';
import { isCongVan } from '../../../shared/frame/summary';
import { legalBasisLines } from '../../../shared/frame/legal-bases';
import { ruleParagraph } from './rule-line';
import { styledRun } from './run-style';
import { estimateTextWidthTwips } from './text-width';

/** ND30 PL I §II.5.b: the rule under the trích yếu is 1/3–1/2 of the line; 1/3 is used. */
const SUMMARY_RULE_RATIO = 1 / 3;
/** [INFER] A rule shorter than 2 cm reads as a dash; short summaries get at least this much. */
const MIN_SUMMARY_RULE_TWIPS = 1134;
const TITLE_GAP_BEFORE_TWIPS = 360;
/** One empty body-size line between the rule and the text. */
const AFTER_RULE_TWIPS = 0;

export function titleBlock(frame: Frame, ctx: DocxContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const width = ctx.geometry.textWidthTwips;
  if (!isCongVan(frame)) {
    const type = frame.documentType.trim().toLocaleUpperCase('vi');
    const summary = frame.summary.trim();
    paragraphs.push(frameLine([styledRun(type, { sizeHalfPt: ctx.sizes.documentType, bold: true })], AlignmentType.CENTER, TITLE_GAP_BEFORE_TWIPS, 0, true));
    if (summary) {
      const summaryRuns = summary.split('\n').map((line, index) => styledRun(line, { sizeHalfPt: ctx.sizes.summary, bold: true }, index > 0 ? { break: 1 } : {}));
      paragraphs.push(frameLine(summaryRuns, AlignmentType.CENTER, 0, 0, true));
    }
    const widest = Math.max(...(summary || type).split('\n').map((line) => estimateTextWidthTwips(line, ctx.sizes.summary, true)));
    const ruleLength = Math.max(MIN_SUMMARY_RULE_TWIPS, Math.min(widest, width) * SUMMARY_RULE_RATIO);
    paragraphs.push(ruleParagraph(ruleLength, width));
  }
  paragraphs.push(frameLine([], AlignmentType.CENTER, 0, AFTER_RULE_TWIPS));
  for (const line of legalBasisLines(frame.legalBases)) paragraphs.push(plainBodyParagraph(line, ctx, { italic: true }));
  return paragraphs;
}
