/** Sidebar grouping (docs/ui-conventions.md): documents by kind in a fixed order, newest edit first in each group. */
import type { DocumentKind } from '../../../shared/document/kind';
import { documentKinds } from '../../../shared/document/kinds';
import type { DocumentSummary } from '../../../shared/document/document';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';

export interface DocumentGroup {
  kind: DocumentKind;
  documents: DocumentSummary[];
}

export function groupDocuments(documents: readonly DocumentSummary[], query = ''): DocumentGroup[] {
  const needle = foldVietnamese(query.trim());
  const matching = needle ? documents.filter((doc) => foldVietnamese(doc.title).includes(needle)) : documents;
  return documentKinds().map(({ id: kind }) => ({
    kind,
    // ISO-8601 UTC timestamps sort as strings.
    documents: matching.filter((doc) => doc.kind === kind).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
  })).filter((group) => group.documents.length > 0);
}

/** "31/01/2024 10:42" in the user's local time, 24-hour clock (docs/ui-conventions.md manners). */
export function formatEditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "10:42" for the save status. */
export function formatClockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
