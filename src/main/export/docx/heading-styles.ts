/**
 * Word's built-in Heading 1–4 styles, restyled to Decree 30's look (Times New Roman, body size,
 * black, bold except Điểm) so that body headings carry real heading styles: Word's navigation pane
 * and table of contents see them, and an exported file imports back with its heading levels.
 * The visible formatting is also set on each paragraph, so the page does not depend on the style.
 */
import { HeadingLevel, type IBaseParagraphStyleOptions } from 'docx';
import { FONT_SLOTS, TEXT_COLOR } from './run-style';

/** Body heading level (1 = Phần, 2 = Mục, 3 = Khoản, 4 = Điểm) → Word heading style. */
export const HEADING_STYLE_BY_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export function headingStyleFor(level: number): (typeof HEADING_STYLE_BY_LEVEL)[keyof typeof HEADING_STYLE_BY_LEVEL] {
  const clamped = Math.min(4, Math.max(1, Math.round(level))) as keyof typeof HEADING_STYLE_BY_LEVEL;
  return HEADING_STYLE_BY_LEVEL[clamped];
}

/** ND30 PL I §V item 6b: headings at the body size; Phần/Mục/Khoản bold, Điểm upright. */
export function headingStyles(bodySizeHalfPt: number): Record<'heading1' | 'heading2' | 'heading3' | 'heading4', IBaseParagraphStyleOptions> {
  const style = (bold: boolean): IBaseParagraphStyleOptions => ({
    run: { font: FONT_SLOTS, size: bodySizeHalfPt, sizeComplexScript: bodySizeHalfPt, bold, italics: false, color: TEXT_COLOR },
    paragraph: { keepNext: true, keepLines: true },
  });
  return { heading1: style(true), heading2: style(true), heading3: style(true), heading4: style(false) };
}
