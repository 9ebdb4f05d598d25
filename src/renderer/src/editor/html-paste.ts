/**
 * Pasting from Word or a web page: the clipboard HTML goes through import.html (the same cleaner as
 * file import, which also stores embedded pictures), then lands as a normal paste would. A paste
 * from the editor itself (ProseMirror marks it with data-pm-slice) stays with ProseMirror.
 */
import type { Editor } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { api } from '../api/client';

export function shouldCleanHtml(html: string): boolean {
  return html.trim() !== '' && !html.includes('data-pm-slice');
}

export async function pasteCleanHtml(editor: Editor, html: string): Promise<void> {
  const { body } = await api['import.html']({ html });
  const content = body.content ?? [];
  if (content.length === 0 || editor.isDestroyed) return;
  const slice = Slice.maxOpen(Fragment.fromJSON(editor.schema, content));
  editor.view.dispatch(editor.state.tr.replaceSelection(slice).scrollIntoView());
  editor.commands.focus();
}
