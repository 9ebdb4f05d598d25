/**
 * A long body (past ~8 pages) is marked so editor.css skips laying out and painting its blocks off
 * screen (`content-visibility: auto`, issue 16: a 60-page report typed within a frame). A short body
 * is not: laying it out costs little, and Chromium's editing misplaces the caret around skipped
 * blocks (caret-block.ts), so most documents never meet it.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';

const LONG: Record<string, string> = { class: 'long-body' };
const SHORT: Record<string, string> = {};

/** Top-level blocks (paragraphs, headings, tables) past which the body counts as long. */
export const LONG_BODY_BLOCKS = 120;

export const LongBody = Extension.create({
  name: 'longBody',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('thuky-long-body'),
        // The view merges this class into the editor element's own on every update (a count, no walk).
        props: { attributes: (state: EditorState) => (state.doc.childCount > LONG_BODY_BLOCKS ? LONG : SHORT) },
      }),
    ];
  },
});
