/**
 * Body paragraphs and headings. ND30 PL I §II.6.a: justified, first-line indent 1 or 1.27 cm,
 * at least 6 pt between paragraphs, line spacing single to 1.5 lines. Headings follow ND30 PL I §V
 * item 6b (docs/nd30-rules.md §6): "Phần" centred bold; "I." Mục upper case bold; "1." Khoản bold;
 * "a)" Điểm upright. Numbering is typed in the text, so it is printed as is.
 */
import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import type { DocxContext } from './context';
import { headingStyleFor } from './heading-styles';
import { inlineRuns } from './inline';
import type { RunStyle } from './run-style';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const TEXT_ALIGN: Record<string, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Spacing and indent of running text. */
export function bodyParagraphFormat(ctx: DocxContext, alignment: Alignment = AlignmentType.JUSTIFIED): Pick<IParagraphOptions, 'alignment' | 'indent' | 'spacing' | 'keepNext'> {
  const indented = alignment === AlignmentType.JUSTIFIED || alignment === AlignmentType.LEFT;
  return {
    alignment,
    indent: { firstLine: indented ? ctx.spacing.firstLineTwips : 0 },
    spacing: { before: 0, after: ctx.spacing.afterTwips, line: ctx.spacing.lineTwips, lineRule: LineRuleType.AUTO },
    // The end of the body keeps with the closing block (body.ts); list items and quotes too.
    ...(ctx.keepWithNext ? { keepNext: true } : {}),
  };
}

export function alignmentOf(node: BodyNode): Alignment {
  const align = node.attrs?.['textAlign'];
  return (typeof align === 'string' && TEXT_ALIGN[align]) || AlignmentType.JUSTIFIED;
}

export function bodyParagraph(node: BodyNode, ctx: DocxContext, extra: RunStyle | null = null): Paragraph {
  const base: RunStyle = extra ?? { sizeHalfPt: ctx.sizes.body };
  return new Paragraph({
    ...bodyParagraphFormat(ctx, alignmentOf(node)),
    children: inlineRuns(node.content, base),
  });
}

/** A paragraph of plain text in body format (căn cứ lines, the added "./."). */
export function plainBodyParagraph(text: string, ctx: DocxContext, style: Partial<RunStyle> = {}): Paragraph {
  return bodyParagraph({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }, ctx, { sizeHalfPt: ctx.sizes.body, ...style });
}

const QUOTE_INDENT_TWIPS = 567;

const upper = (text: string) => text.toLocaleUpperCase('vi');

export function headingParagraph(node: BodyNode, ctx: DocxContext): Paragraph {
  const level = Number(node.attrs?.['level'] ?? 2);
  const size = ctx.sizes.body;
  const keep = { keepNext: true, keepLines: true, heading: headingStyleFor(level) };
  if (level <= 1) {
    // "Phần I" and the part title: bold, centred (ND30 PL I §II.6.đ).
    return new Paragraph({ ...bodyParagraphFormat(ctx, AlignmentType.CENTER), ...keep, children: inlineRuns(node.content, { sizeHalfPt: size, bold: true }) });
  }
  if (level === 2) {
    // Mục "I. …": UPPERCASE bold, at the body's first-line indent (docs/nd30-rules.md §6 [INFER]).
    return new Paragraph({ ...bodyParagraphFormat(ctx), ...keep, children: inlineRuns(node.content, { sizeHalfPt: size, bold: true }, upper) });
  }
  if (level === 3) {
    return new Paragraph({ ...bodyParagraphFormat(ctx), ...keep, children: inlineRuns(node.content, { sizeHalfPt: size, bold: true }) });
  }
  // Điểm "a) …" and deeper: upright, like body text.
  return new Paragraph({ ...bodyParagraphFormat(ctx), ...keep, children: inlineRuns(node.content, { sizeHalfPt: size }) });
}

/** A quoted paragraph: italic, indented 1 cm on the left [INFER: NĐ 30 has no rule for quotations]. */
export function quoteParagraph(node: BodyNode, ctx: DocxContext): Paragraph {
  const format = bodyParagraphFormat(ctx, alignmentOf(node));
  return new Paragraph({
    ...format,
    indent: { left: QUOTE_INDENT_TWIPS, firstLine: format.indent?.firstLine ?? 0 },
    children: inlineRuns(node.content, { sizeHalfPt: ctx.sizes.body, italic: true }),
  });
}
