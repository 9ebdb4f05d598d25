/**
 * The short solid lines of the frame (under the issuing body, the Tiêu ngữ and the trích yếu).
 * Older rules said to draw them, not to underline the characters (docs/nd30-rules.md §2.2 [SRC S9]); the
 * line is the bottom border of an empty, nearly zero-height paragraph, centred by equal indents.
 */
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import { FONT_SLOTS } from './run-style';

/** 0.75 pt, in eighths of a point. */
const RULE_THICKNESS_EIGHTH_PT = 6;
/** 3 pt between the text and its rule, so the rule does not read as an underline. */
const RULE_GAP_BEFORE_TWIPS = 60;
/** A 1 pt paragraph so the rule adds almost no height. */
const RULE_PARAGRAPH_SIZE_HALF_PT = 2;

export function ruleParagraph(lengthTwips: number, containerTwips: number): Paragraph {
  const length = Math.max(0, Math.min(Math.round(lengthTwips), containerTwips));
  const side = Math.floor((containerTwips - length) / 2);
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: RULE_GAP_BEFORE_TWIPS, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS_EIGHTH_PT, color: '000000', space: 1 } },
    run: { size: RULE_PARAGRAPH_SIZE_HALF_PT, font: FONT_SLOTS },
    keepNext: true,
    children: [],
  });
}
