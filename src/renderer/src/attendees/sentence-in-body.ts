/**
 * Whether the report's body already holds the attendance sentence of a list: "Chèn câu" is then
 * greyed (a report says who attended once). Read again only when the document changes (the editor's
 * `update`, not every transaction), and without entering paragraphs: a key typed into a 60-page body
 * costs a walk over its blocks, no text (docs/performance.md, typing).
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import { ATTENDANCE_SENTENCE_NODE } from '../../../shared/attendee/attendance-sentence-node';

export function bodyQuotesList(doc: PmNode, listId: string): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === ATTENDANCE_SENTENCE_NODE && node.attrs['listId'] === listId) found = true;
    // A sentence is a block: it may sit in a table cell or a quote, never inside a paragraph's text.
    return !node.isTextblock && !node.isAtom;
  });
  return found;
}

/** Follows the editor; a boolean state, so a key that leaves the answer as it was re-renders nothing. */
export function useSentenceInBody(editor: Editor | null, listId: string): boolean {
  const [inBody, setInBody] = useState(false);
  useEffect(() => {
    if (!editor || !listId) return setInBody(false);
    const read = () => setInBody(bodyQuotesList(editor.state.doc, listId));
    read();
    editor.on('update', read);
    return () => {
      editor.off('update', read);
    };
  }, [editor, listId]);
  return inBody;
}
