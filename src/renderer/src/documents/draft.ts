/**
 * What autosave holds between an edit and its save (issue 16: nothing per key but a pointer). A draft
 * is the content as of one edit; its body is read (serialised from the editor's immutable document)
 * only when the save runs or a flush asks for it, and at most once.
 */
import type { BodyDoc } from '../../../shared/document/body';
import type { DocumentContent } from '../../../shared/document/document';
import type { SaveStatus } from './save-queue';

export type ContentMeta = Omit<DocumentContent, 'body'>;

/** The content as of one edit. */
export type Draft = () => DocumentContent;

export function draftOf(meta: ContentMeta, readBody: () => BodyDoc): Draft {
  return () => ({ ...meta, body: readBody() });
}

/** Reads the body once, then keeps it (a draft and the meta edits after it share it). */
export function once(read: () => BodyDoc): () => BodyDoc {
  let body: BodyDoc | null = null;
  return () => (body ??= read());
}

/** Keeps the previous status object while the state stays 'dirty', 'saving' or 'idle', so React skips the render. */
export function nextStatus(previous: SaveStatus, next: SaveStatus): SaveStatus {
  return previous.state === next.state && (next.state === 'dirty' || next.state === 'saving' || next.state === 'idle') ? previous : next;
}
