/**
 * Undo by word, as in Word: ProseMirror's history groups every change made within 500 ms, so a
 * paragraph typed without pausing went back in one Ctrl+Z. Here a group also ends where a typed word
 * does (a space, a new paragraph), so one Ctrl+Z takes back the last word or typing burst — never a
 * single letter, never the whole paragraph.
 */
import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

const wordUndoGroupsKey = new PluginKey('thuky-word-undo-groups');

/** Whether the transaction's last insertion ends a word: whitespace, or a paragraph break. */
function endsWord(tr: Transaction): boolean {
  const step = tr.steps.at(-1);
  if (!(step instanceof ReplaceStep)) return false;
  const { content } = step.slice;
  if (content.size === 0) return false;
  return /\s$/u.test(content.textBetween(0, content.size, '\n', '\n'));
}

export const WordUndoGroups = Extension.create({
  name: 'wordUndoGroups',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: wordUndoGroupsKey,
        // An empty transaction that only closes the group: the next keystroke starts a new one.
        appendTransaction: (transactions, _old, state) => (transactions.some((tr) => tr.docChanged && endsWord(tr)) ? closeHistory(state.tr) : null),
      }),
    ];
  },
});
