/**
 * Marks the top-level block that holds the caret (or either end of a selection) so editor.css keeps
 * it out of `content-visibility: auto`. Chromium only decides at its next frame that a block created
 * by Enter is on screen; a key typed before that frame went in with the DOM caret reported at the
 * block's start, so "Hội" typed after Enter came out "ộiH" (tests/typing-ui.test.ts). A class set in the
 * same update as the new block leaves Chromium nothing to decide.
 */
import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
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
