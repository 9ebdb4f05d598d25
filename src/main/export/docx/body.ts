/**
 * The body walker: ProseMirror blocks → docx paragraphs and tables. A wide table is marked so that
 * the section builder can give it a landscape page (ND30 PL I §I.2).
 */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import { bodyParagraph, headingParagraph, quoteParagraph } from './body-paragraphs';
import type { DocxContext } from './context';
import { figureParagraphs } from './images';
import { listParagraphs } from './lists';
import { ruleParagraph } from './rule-line';
import { bodyTable, isWideTable, tableShape } from './tables';

export type BodyChild = Paragraph | Table;

export interface BodyBlock {
  child: BodyChild;
  /** True for a table that needs a landscape page. */
  landscape: boolean;
}

/** One block in portrait flow (inside list items, quotes and table cells nothing turns landscape). */
export function convertBlock(node: BodyNode, ctx: DocxContext): BodyChild[] {
  switch (node.type) {
    case 'paragraph':
      return [bodyParagraph(node, ctx)];
    case 'heading':
      return [headingParagraph(node, ctx)];
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, ctx, 0, convertBlock);
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => (child.type === 'paragraph' ? [quoteParagraph(child, ctx)] : convertBlock(child, ctx)));
    case 'table':
      return [bodyTable(node, ctx, ctx.geometry.textWidthTwips)];
    case 'figure':
      return figureParagraphs(node, ctx, ctx.geometry.textWidthTwips);
    case 'horizontalRule':
      return [ruleParagraph(ctx.geometry.textWidthTwips / 3, ctx.geometry.textWidthTwips)];
    default:
      return [];
  }
}

function tableSpacer(ctx: DocxContext): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: ctx.spacing.afterTwips, line: 240, lineRule: LineRuleType.AUTO }, run: { size: 2 }, children: [] });
}

/** Top-level blocks of the body, with wide tables marked for a landscape section. */
export function convertBody(nodes: readonly BodyNode[], ctx: DocxContext): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const node of nodes) {
    if (node.type === 'table' && isWideTable(tableShape(node), ctx)) {
      blocks.push({ child: bodyTable(node, ctx, ctx.geometry.landscapeTextWidthTwips), landscape: true });
      blocks.push({ child: tableSpacer(ctx), landscape: true });
      continue;
    }
    for (const child of convertBlock(node, ctx)) blocks.push({ child, landscape: false });
    // The paragraph after a table keeps the usual 6 pt distance from it.
    if (node.type === 'table') blocks.push({ child: tableSpacer(ctx), landscape: false });
  }
  return blocks;
}

