/**
 * WordprocessingML written directly as text, for the parts where building docx objects is too slow
 * (a 2,000-row attendee table is 10,000 cells: docs/nd30-rules.md §10 and the benchmark). The markup
 * matches what run-style.ts asks docx for: Times New Roman on the four slots, black, size in half-points.
 */
import type { BodyNode } from '../../../shared/document/body';
import { escapeXmlText } from '../../../shared/markup/escape';
import { FONT_NAME, TEXT_COLOR, type RunStyle } from './run-style';

const FONTS_XML = `<w:rFonts w:ascii="${FONT_NAME}" w:cs="${FONT_NAME}" w:eastAsia="${FONT_NAME}" w:hAnsi="${FONT_NAME}"/>`;

/**
 * Run properties. `withFonts: false` leaves the font and colour to the document defaults (styles.xml
 * docDefaults: Times New Roman on all four slots, black), which keeps 10,000-cell tables small.
 */
export function runPropertiesXml(style: RunStyle, withFonts = true): string {
  return (
    `<w:rPr>${withFonts ? FONTS_XML : ''}` +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italic ? '<w:i/><w:iCs/>' : '') +
    (withFonts ? `<w:color w:val="${TEXT_COLOR}"/>` : '') +
    `<w:sz w:val="${style.sizeHalfPt}"/><w:szCs w:val="${style.sizeHalfPt}"/>` +
    (style.underline ? '<w:u w:val="single"/>' : '') +
    '</w:rPr>'
  );
}

export function runXml(text: string, style: RunStyle, breakBefore = false, withFonts = true): string {
  return `<w:r>${runPropertiesXml(style, withFonts)}${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;
}

/** Inline content → runs, marks as in inline.ts (a link prints as its text). */
export function inlineXml(nodes: readonly BodyNode[] | undefined, base: RunStyle, withFonts = true): string {
  let out = '';
  let breakNext = false;
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      if (breakNext) out += runXml('', base, true, withFonts);
      breakNext = true;
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = node.marks ?? [];
    const style: RunStyle = {
      sizeHalfPt: base.sizeHalfPt,
      bold: base.bold || marks.some((mark) => mark.type === 'bold'),
      italic: base.italic || marks.some((mark) => mark.type === 'italic'),
      underline: base.underline || marks.some((mark) => mark.type === 'underline'),
    };
    out += runXml(node.text, style, breakNext, withFonts);
    breakNext = false;
  }
  if (breakNext) out += runXml('', base, true, withFonts);
  return out;
}
