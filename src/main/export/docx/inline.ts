/**
 * Inline content of a paragraph, heading or caption → runs. Marks bold/italic/underline map to run
 * properties; a link prints as its text (an official document is read on paper, and a hyperlink would
 * add a random relationship id that breaks byte-for-byte determinism).
 */
import type { TextRun } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import { styledRun, type RunStyle } from './run-style';

export function inlineRuns(nodes: readonly BodyNode[] | undefined, base: RunStyle, transform?: (text: string) => string): TextRun[] {
  const runs: TextRun[] = [];
  let breakNext = false;
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      if (breakNext) runs.push(styledRun('', base, { break: 1 }));
      breakNext = true;
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const style: RunStyle = {
      sizeHalfPt: base.sizeHalfPt,
      bold: base.bold || marks.has('bold'),
      italic: base.italic || marks.has('italic'),
      underline: base.underline || marks.has('underline'),
    };
    const text = transform ? transform(node.text) : node.text;
    runs.push(styledRun(text, style, breakNext ? { break: 1 } : {}));
    breakNext = false;
  }
  if (breakNext) runs.push(styledRun('', base, { break: 1 }));
  return runs;
}
