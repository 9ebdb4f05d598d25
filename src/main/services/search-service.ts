/**
 * Search: accent-insensitive full text over titles, frame fields and body, exact accents first,
 * with a snippet per hit. The snippet is HTML-escaped text where the only tags are <mark>…</mark>
 * around matched words, so the renderer may insert it as HTML.
 */
import type { DocumentKind } from '../../shared/document/kind';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { SearchRepo } from '../db/search-repo';
import { documentSearchText, foldForSearch, type IndexableDocument } from '../db/search-text';
import { toNfc } from '../../shared/text/nfc';

export interface SearchHit {
  id: string;
  title: string;
  kind: DocumentKind;
  /** Escaped text with <mark> around matches. */
  snippet: string;
  /** Title with <mark> around matches (escaped). */
  titleHtml: string;
}

/** Extra text a document is found by that lives outside its row (attendee names, pledge parties). */
export type SearchTextSource = (documentId: string) => string[];

const SNIPPET_CHARS = 160;
const MAX_TOKENS = 12;

export interface ParsedQuery {
  /** Tokens as typed (NFC, lower case). */
  tokens: string[];
  foldedMatch: string;
  /** Null when folding changes nothing: every hit would be "exact". */
  exactMatch: string | null;
}

/** Words of the query as FTS5 phrases; the last is a prefix so results come while typing. */
export function parseQuery(raw: string): ParsedQuery | null {
  const tokens = (toNfc(raw).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  const phrase = (words: string[]) => words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
  const folded = tokens.map((token) => token.replace(/đ/g, 'd'));
  const hasAccents = tokens.some((token) => foldForSearch(token) !== token);
  return { tokens, foldedMatch: phrase(folded), exactMatch: hasAccents ? phrase(tokens) : null };
}

export class SearchService {
  private readonly sources: SearchTextSource[] = [];

  constructor(
    private readonly db: Db,
    private readonly repo: SearchRepo,
    private readonly documents: DocumentRepo,
  ) {}

  /** Lets other features (attendees, pledges) add text to a document's entry. */
  addTextSource(source: SearchTextSource): void {
    this.sources.push(source);
  }

  /** Called inside the transaction that wrote the document. */
  indexDocument(id: string, doc: IndexableDocument): void {
    this.repo.index(id, documentSearchText(doc, this.sources.flatMap((source) => source(id))));
  }

  /** Called inside the transaction that deleted the document. */
  removeDocument(id: string): void {
    this.repo.remove(id);
  }

  /** Re-reads and re-indexes one live document (after its attendees or pledges changed). */
  reindex(id: string): void {
    this.indexDocument(id, this.documents.get(id));
  }

  /** Rebuilds the whole index from the documents, in one transaction. */
  rebuild(): number {
    return this.db.transaction(() => {
      this.repo.clear();
      const live = this.documents.listLive();
      for (const summary of live) this.reindex(summary.id);
      return live.length;
    }).immediate();
  }

  query(raw: string, limit = 20): SearchHit[] {
    const parsed = parseQuery(raw);
    if (!parsed) return [];
    const rows = this.repo.query(parsed.foldedMatch, parsed.exactMatch, limit);
    const hits: SearchHit[] = [];
    for (const row of rows) {
      let doc;
      try {
        doc = this.documents.get(row.documentId);
      } catch {
        continue; // deleted since indexed: the index is repaired on the next write
      }
      const text = documentSearchText(doc);
      hits.push({
        id: doc.id,
        title: doc.title,
        kind: doc.kind,
        titleHtml: highlight(text.title, 0, text.title.length, parsed.tokens),
        snippet: snippet(text.text, parsed.tokens),
      });
    }
    return hits;
  }
}

interface Range {
  start: number;
  end: number;
}

/** Words of `text` matching a query token (accent-insensitive; the last token as a prefix). */
export function matchRanges(text: string, tokens: readonly string[]): Range[] {
  const folded = foldForSearch(text);
  const wanted = tokens.map((token) => foldForSearch(token));
  const last = wanted.length - 1;
  const ranges: Range[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (wanted.some((token, index) => word === token || (index === last && word.startsWith(token)))) {
      ranges.push({ start: match.index, end: match.index + word.length });
    }
  }
  return ranges;
}

/** A window of about SNIPPET_CHARS around the first match (or the start), matches marked. */
export function snippet(text: string, tokens: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const first = matchRanges(flat, tokens)[0];
  let start = first ? Math.max(0, first.start - Math.floor(SNIPPET_CHARS / 3)) : 0;
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  // Cut at word boundaries so no word is shown half.
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space !== -1 && (!first || space < first.start)) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  return (start > 0 ? '… ' : '') + highlight(flat, start, end, tokens) + (end < flat.length ? ' …' : '');
}

function highlight(text: string, start: number, end: number, tokens: readonly string[]): string {
  const piece = text.slice(start, end);
  let out = '';
  let at = 0;
  for (const range of matchRanges(piece, tokens)) {
    out += escapeHtml(piece.slice(at, range.start)) + '<mark>' + escapeHtml(piece.slice(range.start, range.end)) + '</mark>';
    at = range.end;
  }
  return out + escapeHtml(piece.slice(at));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
