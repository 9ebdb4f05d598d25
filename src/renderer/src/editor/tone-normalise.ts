/**
 * "Chuẩn hóa dấu": every word of the body in the profile's tone-mark style, as one transaction
 * (one undo step). A change is one character for one character, so positions never shift and
 * marks (bold, links) stay on the letters they were on.
 */
import type { Editor } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { normaliseToneStyle, type ToneStyle } from '../../../shared/text/tone-style';

/** Adds the rewrites to a transaction; returns how many words changed. */
export function addToneRewrites(tr: Transaction, doc: PmNode, style: ToneStyle): number {
  let changed = 0;
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    const text = node.text;
    const rewritten = normaliseToneStyle(text, style);
    if (rewritten === text || rewritten.length !== text.length) return;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === rewritten[i]) continue;
      let end = i + 1;
      while (end < text.length && text[end] !== rewritten[end]) end++;
      tr.replaceWith(pos + i, pos + end, doc.type.schema.text(rewritten.slice(i, end), node.marks));
      changed++;
      i = end;
    }
  });
  return changed;
}

/** Runs the command on an editor; returns the number of words rewritten (0: nothing to do). */
export function normaliseEditorTones(editor: Editor, style: ToneStyle): number {
  const { state } = editor;
  const tr = state.tr;
  const changed = addToneRewrites(tr, state.doc, style);
  if (changed === 0) return 0;
  editor.view.dispatch(tr.setMeta('thuky:normaliseTones', true));
  return changed;
}

function normaliseFragment(fragment: Fragment, style: ToneStyle): Fragment {
  const nodes: PmNode[] = [];
  fragment.forEach((node) => {
    if (node.isText && node.text) nodes.push(node.type.schema.text(normaliseToneStyle(node.text, style), node.marks));
    else nodes.push(node.copy(normaliseFragment(node.content, style)));
  });
  return Fragment.from(nodes);
}

/** A pasted slice in the profile's style (ProseMirror's transformPasted). */
export function normalisePastedSlice(slice: Slice, style: ToneStyle): Slice {
  return new Slice(normaliseFragment(slice.content, style), slice.openStart, slice.openEnd);
}
