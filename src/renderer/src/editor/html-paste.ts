/**
 * Pasting from Word or a web page: the clipboard HTML goes through import.html (the same cleaner as
 * file import, which also stores embedded pictures), then lands as a normal paste would. A paste
 * from the editor itself (ProseMirror marks it with data-pm-slice) stays with ProseMirror.
 * Legacy text: runs in a .Vn…/VNI-… font are converted by the cleaner (a sure sign); text that only
 * reads as TCVN3/VNI by its byte patterns is converted here once the clerk agrees, as for plain text.
 */
import type { Editor } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { api } from '../api/client';
import { bodyLegacyEncoding, bodyLegacyToUnicode } from '../../../shared/document/body-legacy';
import { normaliseBodyTones } from '../../../shared/document/body-tones';
import type { LegacyEncoding } from '../../../shared/text/legacy';
import type { ToneStyle } from '../../../shared/text/tone-style';

export interface HtmlPasteOptions {
  /** Asks the clerk whether to convert text that reads as this legacy encoding. */
  confirmLegacy(encoding: LegacyEncoding): boolean;
  toneStyle: ToneStyle;
}

export function shouldCleanHtml(html: string): boolean {
  return html.trim() !== '' && !html.includes('data-pm-slice');
}

export async function pasteCleanHtml(editor: Editor, html: string, options: HtmlPasteOptions): Promise<void> {
  let { body } = await api['import.html']({ html });
  const encoding = bodyLegacyEncoding(body);
  if (encoding && options.confirmLegacy(encoding)) body = normaliseBodyTones(bodyLegacyToUnicode(body, encoding), options.toneStyle);
  const content = body.content ?? [];
  if (content.length === 0 || editor.isDestroyed) return;
  const slice = Slice.maxOpen(Fragment.fromJSON(editor.schema, content));
  editor.view.dispatch(editor.state.tr.replaceSelection(slice).scrollIntoView());
  editor.commands.focus();
}
