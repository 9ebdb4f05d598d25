/**
 * Moves the template's year phrases in the open body when the clerk moves the document's date into
 * another year (src/shared/template/template-year.ts, docs/nd30-rules.md §8.5): one transaction, so
 * one Ctrl+Z takes it back; marks on the digits are kept.
 */
import type { Editor } from '@tiptap/core';
import type { BodyDoc } from '../../../shared/document/body';
import { textBlocks } from '../../../shared/check/body-blocks';
import { templateYearSpans } from '../../../shared/template/template-year';

export function followYearInEditor(editor: Editor, from: number, to: number): number {
  const positions = textBlocks(editor.getJSON() as BodyDoc).flatMap((block) => templateYearSpans(block.text, from).map((index) => block.start + index));
  if (positions.length === 0) return 0;
  const tr = editor.state.tr;
  // From the end, so earlier positions stay valid (the years have the same length anyway).
  for (const pos of positions.reverse()) tr.insertText(String(to), pos, pos + String(from).length);
  editor.view.dispatch(tr);
  return positions.length;
}
