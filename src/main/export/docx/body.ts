/**
 * The body walker: ProseMirror blocks → docx paragraphs and tables. A wide table is marked so that
 * the section builder can give it a landscape page (ND30 PL I §I.2). The end of the body keeps with
 * the closing block that follows (Nơi nhận and signer, or a signature grid's first row): at least its
 * last two lines (w:keepNext, with widow control in the document defaults), or a table's last two
 * rows, so that a signature never stands alone on a page.
 */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import { bodyParagraph, headingParagraph, quoteParagraph } from './body-paragraphs';
import { estimateTextWidthTwips } from './text-width';
import type { DocxContext } from './context';
import { figureParagraphs } from './images';
import { listParagraphs } from './lists';
import { ruleParagraph } from './rule-line';
import { bodyTable, isWideTable } from './tables';

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

function tableSpacer(ctx: DocxContext, keepNext: boolean): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: ctx.spacing.afterTwips, line: 240, lineRule: LineRuleType.AUTO }, keepNext, run: { size: 2 }, children: [] });
}

function plainText(node: BodyNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(plainText).join(' ');
}

/** Printed lines a block takes at least, as far as keeping the end of the body is concerned. */
function linesOf(node: BodyNode, ctx: DocxContext): number {
  if (node.type === 'table' || node.type === 'figure') return 2; // its last two rows / the picture and caption
  if (node.type === 'bulletList' || node.type === 'orderedList') return linesOf(node.content?.at(-1) ?? { type: 'paragraph' }, ctx);
  const text = plainText(node).trim();
  if (!text) return 0;
  const width = estimateTextWidthTwips(text, ctx.sizes.body, false) + ctx.spacing.firstLineTwips;
  return Math.ceil(width / ctx.geometry.textWidthTwips);
}

/** Index of the first top-level block that must keep with the closing: together they hold ≥ 2 lines. */
export function keepFromIndex(nodes: readonly BodyNode[], ctx: DocxContext): number {
  let lines = 0;
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index] as BodyNode;
    lines += linesOf(node, ctx);
    if (lines >= 2) return index;
  }
  return 0;
}

/** A list whose last item alone keeps with what follows: the other items flow freely. */
function listWithKeptEnd(node: BodyNode, ctx: DocxContext): BodyChild[] {
  const items = node.content ?? [];
  if (items.length < 2) return withKeep(ctx, () => convertBlock(node, ctx));
  const start = Number(node.attrs?.['start'] ?? 1);
  const head = convertBlock({ ...node, content: items.slice(0, -1) }, ctx);
  // The last item as a list of its own starting at its number, so numbering reads on unchanged.
  const tail = withKeep(ctx, () => convertBlock({ ...node, attrs: { ...node.attrs, start: (Number.isInteger(start) ? start : 1) + items.length - 1 }, content: items.slice(-1) }, ctx));
  return [...head, ...tail];
}

function withKeep<T>(ctx: DocxContext, convert: () => T): T {
  const before = ctx.keepWithNext;
  ctx.keepWithNext = true;
  try {
    return convert();
  } finally {
    ctx.keepWithNext = before;
  }
}

export interface BodyOptions {
  /** The body is followed by a closing block: its last lines keep with it. */
  keepEnd?: boolean;
  /** Every table goes on landscape pages (the whole document is landscape). */
  allLandscape?: boolean;
}

/** Top-level blocks of the body, with wide tables marked for a landscape section. */
export function convertBody(nodes: readonly BodyNode[], ctx: DocxContext, options: BodyOptions = {}): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const keepFrom = options.keepEnd ? keepFromIndex(nodes, ctx) : nodes.length;
  nodes.forEach((node, index) => {
    const kept = index >= keepFrom;
    const fullyKept = index > keepFrom;
    if (node.type === 'table') {
      const landscape = !options.allLandscape && isWideTable(node, ctx);
      const width = landscape ? ctx.geometry.landscapeTextWidthTwips : ctx.geometry.textWidthTwips;
      // A table keeps its last two rows with the closing (its rows never split: cantSplit).
      blocks.push({ child: bodyTable(node, ctx, width, { keepLastRows: kept ? 2 : 0 }), landscape });
      // The paragraph after a table keeps the usual 6 pt distance from it.
      blocks.push({ child: tableSpacer(ctx, kept), landscape });
      return;
    }
    let children: BodyChild[];
    if (!kept) children = convertBlock(node, ctx);
    else if (!fullyKept && (node.type === 'bulletList' || node.type === 'orderedList')) children = listWithKeptEnd(node, ctx);
    else children = withKeep(ctx, () => convertBlock(node, ctx));
    for (const child of children) blocks.push({ child, landscape: false });
  });
  return blocks;
}

