/**
 * Kính gửi (ô 9a, ND30 PL I §II.9.a; docs/nd30-rules.md §16) in Word, upright at the body size above
 * the body. One addressee: "Kính gửi: …" on one centred line. Several: "Kính gửi:" on its line, then
 * one line each whose dash stands under the colon; the block is centred by its widest line (never
 * further right than a third of the text width, so long names keep their room). The lines come
 * from the one rule in src/shared/frame/addressees.ts.
 */
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { ADDRESSEE_LABEL, type AddresseeBlock } from '../../../shared/frame/addressees';
import type { DocxContext } from './context';
import { frameLine } from './frame-table';
import { styledRun } from './run-style';
import { estimateTextWidthTwips } from './text-width';

function line(text: string, ctx: DocxContext, indentTwips: number, beforeTwips: number, afterTwips: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: Math.round(indentTwips), right: 0, firstLine: 0 },
    spacing: { before: beforeTwips, after: afterTwips, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    children: [styledRun(text, { sizeHalfPt: ctx.sizes.body })],
  });
}

/** Where the dashes stand: the left indent of "Kính gửi:" plus the width of "Kính gửi" (the colon above them). */
export function addresseeIndents(block: AddresseeBlock, ctx: DocxContext): { lead: number; items: number } {
  const width = ctx.geometry.textWidthTwips;
  const label = estimateTextWidthTwips(ADDRESSEE_LABEL, ctx.sizes.body, false);
  const widest = Math.max(0, ...block.items.map((item) => estimateTextWidthTwips(item, ctx.sizes.body, false)));
  const lead = Math.min(width / 3, Math.max(0, (width - label - widest) / 2));
  return { lead: Math.round(lead), items: Math.round(lead + label) };
}

export function addresseeParagraphs(block: AddresseeBlock | null, ctx: DocxContext): Paragraph[] {
  if (!block) return [];
  const gap = ctx.spacing.afterTwips;
  if (block.items.length === 0) return [frameLine([styledRun(block.lead, { sizeHalfPt: ctx.sizes.body })], AlignmentType.CENTER, gap, gap, true)];
  const indents = addresseeIndents(block, ctx);
  return [
    line(block.lead, ctx, indents.lead, gap, 0),
    ...block.items.map((item, index) => line(item, ctx, indents.items, 0, index === block.items.length - 1 ? gap : 0)),
  ];
}
