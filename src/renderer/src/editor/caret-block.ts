/**
 * The caret in a long body, whose blocks off screen Chromium skips (`content-visibility: auto`,
 * long-body.ts). Chromium reports the caret at the start of a block it has not yet laid out: a key
 * typed right after Enter went in before the caret ("Hội" came out "ộiH"), and Enter after Ctrl+End
 * split the last paragraph at its start (tests/typing-ui.test.ts). So:
 * - the top-level block holding the caret (or either end of a selection) carries a class that
 *   editor.css keeps laid out, set in the same update as a new block;
 * - Ctrl+Home / Ctrl+End (with Shift, selecting) move the caret through ProseMirror, not Chromium,
 *   so the block they reach is laid out before Chromium places the caret in it.
 */
import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const CARET_BLOCK_CLASS = 'caret-block';

const caretBlockKey = new PluginKey<DecorationSet>('thuky-caret-block');

/** The start of the top-level block at `$pos` (the node after it when `$pos` sits between blocks). */
function topBlockStart($pos: ResolvedPos): number | null {
  if ($pos.depth >= 1) return $pos.before(1);
  return $pos.nodeAfter ? $pos.pos : null;
}

function caretBlocks(state: EditorState): DecorationSet {
  const { doc, selection } = state;
  const starts = new Set([selection.$anchor, selection.$head].map(topBlockStart));
  const decorations: Decoration[] = [];
  for (const start of starts) {
    const node = start === null ? null : doc.nodeAt(start);
    if (start !== null && node) decorations.push(Decoration.node(start, start + node.nodeSize, { class: CARET_BLOCK_CLASS }));
  }
  return DecorationSet.create(doc, decorations);
}

export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addKeyboardShortcuts() {
    const move = (toEnd: boolean, select: boolean) => () => {
      const { state, view } = this.editor;
      const target = toEnd ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
      const selection = select ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    return { 'Mod-End': move(true, false), 'Mod-Home': move(false, false), 'Shift-Mod-End': move(true, true), 'Shift-Mod-Home': move(false, true) };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => caretBlocks(state),
          // Equal attributes at the same place redraw nothing (the view compares them), so a new set per edit is cheap.
          apply: (tr, previous, _old, state) => (tr.docChanged || tr.selectionSet ? caretBlocks(state) : previous),
        },
        props: { decorations: (state) => caretBlockKey.getState(state) },
      }),
    ];
  },
});
