/**
 * A document as data. The same shape is the JSON interchange form (docs/document-format.md),
 * marked by `format` so that a file says what it is.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { BodyDoc } from './body';
import { Frame } from './frame';
import { DocumentKind } from './kind';
import { PortalInfo } from './portal';

export const DOCUMENT_FORMAT = 'thuky.document/1';

/** UUIDv7: time-ordered, globally unique (ready for a future multi-machine sync). */
export const DocumentId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Mã văn bản phải là UUIDv7');

const timestamp = z.iso.datetime({ message: 'Thời điểm phải theo ISO 8601 (UTC)' });

export const DocumentTitle = nfcString().trim().min(1, 'Tiêu đề không được để trống').max(300, 'Tiêu đề tối đa 300 ký tự');

export const Document = z.object({
  format: z.literal(DOCUMENT_FORMAT).default(DOCUMENT_FORMAT),
  id: DocumentId,
  kind: DocumentKind,
  title: DocumentTitle,
  frame: Frame,
  body: BodyDoc,
  portal: PortalInfo,
  /** The template the document started from, if any. */
  templateId: z.string().max(100).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Document = z.infer<typeof Document>;

/** What the user edits; ids and timestamps belong to the store. */
export const DocumentContent = Document.pick({ title: true, frame: true, body: true, portal: true });
export type DocumentContent = z.infer<typeof DocumentContent>;

export const DocumentSummary = Document.pick({ id: true, kind: true, title: true, updatedAt: true, createdAt: true });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A document in "Đã xóa": restorable until it is deleted for good. */
export const DeletedDocumentSummary = DocumentSummary.extend({ deletedAt: timestamp });
export type DeletedDocumentSummary = z.infer<typeof DeletedDocumentSummary>;

/** The interchange form accepted by import: id and timestamps may be left out (a new id is given). */
export const DocumentImport = Document.extend({
  id: DocumentId.optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  templateId: z.string().max(100).nullable().default(null),
}).strict();
export type DocumentImport = z.infer<typeof DocumentImport>;
