/**
 * Bullet and ordered lists. Vietnamese official practice prints list markers like typed text: the
 * marker sits at the body's first-line indent and the text wraps back to the margin, so each level is a
 * first-line indent and the marker is followed by a space. Bullets are "-" then "+" (docs/nd30-rules.md §6:
 * deeper levels "-", "+"). Every ordered list node is its own numbering instance, so a list the editor
 * restarts starts again from its `start` (attrs.start).
 */
import { AlignmentType, LevelFormat, LevelSuffix, Paragraph, type INumberingOptions, type Table } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import { alignmentOf, bodyParagraphFormat } from './body-paragraphs';
import type { DocxContext } from './context';
import { inlineRuns } from './inline';
import { FONT_SLOTS } from './run-style';

export const BULLET_REFERENCE = 'nd30-bullet';
const LEVELS = 9;
const LEVEL_STEP_TWIPS = 567;
const BULLET_MARKS = ['-', '+', '•'];

export function orderedReference(start: number): string {
  return `nd30-ordered-${start}`;
}

function levelIndent(ctx: DocxContext, level: number): { left: number; firstLine: number } {
  return { left: 0, firstLine: ctx.spacing.firstLineTwips + level * LEVEL_STEP_TWIPS };
}

/** The numbering definitions for the document: one bullet list and one ordered list per start value. */
export function numberingConfig(ctx: DocxContext): INumberingOptions['config'] {
  const run = { font: FONT_SLOTS, size: ctx.sizes.body };
  const bullet = {
    reference: BULLET_REFERENCE,
    levels: Array.from({ length: LEVELS }, (_, level) => ({
      level,
      format: LevelFormat.BULLET,
      text: BULLET_MARKS[level % BULLET_MARKS.length] ?? '-',
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.SPACE,
      style: { paragraph: { indent: levelIndent(ctx, level) }, run },
    })),
  };
  const ordered = [...ctx.orderedStarts].sort((a, b) => a - b).map((start) => ({
    reference: orderedReference(start),
    levels: Array.from({ length: LEVELS }, (_, level) => ({
      level,
      // 1. → a) → 1. … as in ND30 PL I §V 6b (khoản "1.", điểm "a)").
      format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
      text: level % 2 === 0 ? `%${level + 1}.` : `%${level + 1})`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.SPACE,
      style: { paragraph: { indent: levelIndent(ctx, level) }, run },
    })),
  }));
  return [bullet, ...ordered];
}

/** Other blocks inside a list item (tables, figures…) are converted by the body walker. */
export type BlockConverter = (node: BodyNode, ctx: DocxContext) => Array<Paragraph | Table>;

export function listParagraphs(list: BodyNode, ctx: DocxContext, level: number, convertBlock: BlockConverter): Array<Paragraph | Table> {
  const ordered = list.type === 'orderedList';
  const startAttr = Number(list.attrs?.['start'] ?? 1);
  const start = Number.isInteger(startAttr) && startAttr >= 0 ? startAttr : 1;
  if (ordered) ctx.orderedStarts.add(start);
  const reference = ordered ? orderedReference(start) : BULLET_REFERENCE;
  const instance = ++ctx.counters.listInstance;
  const out: Array<Paragraph | Table> = [];
  for (const item of list.content ?? []) {
    let first = true;
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        out.push(...listParagraphs(child, ctx, Math.min(level + 1, LEVELS - 1), convertBlock));
        continue;
      }
      if (child.type === 'paragraph' || child.type === 'heading') {
        const format = bodyParagraphFormat(ctx, alignmentOf(child));
        out.push(
          new Paragraph({
            ...format,
            indent: levelIndent(ctx, level),
            ...(first ? { numbering: { reference, level, instance, custom: true } } : {}),
            children: inlineRuns(child.content, { sizeHalfPt: ctx.sizes.body, bold: child.type === 'heading' }),
          }),
        );
        first = false;
        continue;
      }
      out.push(...convertBlock(child, ctx));
      first = false;
    }
  }
  return out;
}
