/**
 * Search: accent-insensitive full text over titles, frame fields and body, exact accents first,
 * with a snippet per hit. Snippets and titles are data (text parts, matched words marked); each
 * door renders them its own way.
 */
import type { BodyDoc } from '../../shared/document/body';
import type { DocumentContent } from '../../shared/document/document';
import type { DocumentKind } from '../../shared/document/kind';
import type { MarkedText } from '../../shared/search/marked-text';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { SearchRepo } from '../db/search-repo';
import { documentSearchText, foldForSearch, type IndexableDocument } from '../db/search-text';
import { toNfc } from '../../shared/text/nfc';
import type { DocumentWriteObserver } from './document-service';

export interface SearchHit {
  id: string;
  title: string;
  kind: DocumentKind;
  /** About 160 characters around the first match, matched words marked. */
  snippet: MarkedText;
  /** The title, matched words marked. */
  titleParts: MarkedText;
}

/** Extra text a document is found by that lives outside its row (attendee names, pledge parties). */
export type SearchTextSource = (documentId: string) => string[];

/** Turns references in a body into the text they stand for (a report's attendance sentences). */
export type SearchBodyResolver = (body: BodyDoc) => BodyDoc;

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

export class SearchService implements DocumentWriteObserver {
  private readonly sources: SearchTextSource[] = [];
  private resolveBody: SearchBodyResolver = (body) => body;

  constructor(
    private readonly db: Db,
    private readonly repo: SearchRepo,
    private readonly documents: DocumentRepo,
  ) {}

  /** Lets other features (attendees, pledges) add text to a document's entry. */
  addTextSource(source: SearchTextSource): void {
    this.sources.push(source);
  }

  /** Lets the attendee feature put the live attendance sentence into a report's text. */
  setBodyResolver(resolve: SearchBodyResolver): void {
    this.resolveBody = resolve;
  }

  private searchText(id: string, doc: IndexableDocument) {
    return documentSearchText({ ...doc, body: this.resolveBody(doc.body) }, this.extraText(id));
  }

  written(id: string, content: DocumentContent): void {
    this.indexDocument(id, content);
  }

  deleted(id: string): void {
    this.removeDocument(id);
  }

  /** Called inside the transaction that wrote the document. */
  indexDocument(id: string, doc: IndexableDocument): void {
    this.repo.index(id, this.searchText(id, doc));
  }

  private extraText(id: string): string[] {
    return this.sources.flatMap((source) => source(id));
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
    let rows;
    try {
      rows = this.repo.query(parsed.foldedMatch, parsed.exactMatch, limit);
    } catch (error) {
      // A word the FTS5 tokenizer splits differently from ours becomes a phrase, which a
      // detail=column index refuses: nothing found rather than an error in the search box.
      if (error instanceof Error && /fts5/i.test(error.message)) return [];
      throw error;
    }
    const hits: SearchHit[] = [];
    for (const row of rows) {
      const doc = this.documents.readForSearch(row.documentId);
      if (!doc) continue; // not live: delete removes the entry in its transaction, so only a race gets here
      const text = this.searchText(doc.id, doc);
      hits.push({
        id: doc.id,
        title: doc.title,
        kind: doc.kind,
        titleParts: highlight(text.title, parsed.tokens),
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

/** Every letter that folds to each ASCII letter (a → aàáảãạăằ…ÂẦ…), for accent-blind regexes. */
const VARIANTS: Map<string, string> = (() => {
  const classes = new Map<string, Set<string>>();
  const ranges: [number, number][] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const base = foldForSearch(ch);
      if (!/^[a-z]$/.test(base)) continue;
      const set = classes.get(base) ?? new Set<string>();
      set.add(ch);
      classes.set(base, set);
    }
  }
  return new Map([...classes].map(([base, set]) => [base, [...set].join('')]));
})();

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

/**
 * One regex finding, in the original text, every word equal to a query token whatever its accents
 * (the last token as a prefix, as the FTS query does). Tokens hold only letters and digits.
 */
export function matcherFor(tokens: readonly string[]): RegExp {
  const patterns = tokens.map((token, index) => {
    const body = [...foldForSearch(token)].map((ch) => (VARIANTS.has(ch) ? `[${VARIANTS.get(ch)}]` : ch)).join('');
    return index === tokens.length - 1 ? `${body}${WORD_CHAR}*` : body;
  });
  return new RegExp(`(?<!${WORD_CHAR})(?:${patterns.join('|')})(?!${WORD_CHAR})`, 'giu');
}

/** Words of `text` matching a query token (accent-insensitive; the last token as a prefix). */
export function matchRanges(text: string, tokens: readonly string[]): Range[] {
  return [...text.matchAll(matcherFor(tokens))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/**
 * The first whole-word match. The scan runs without the lookbehind of matcherFor (3× faster over
 * a three-page body) and checks the word boundary by hand.
 */
function firstMatch(text: string, tokens: readonly string[]): Range | undefined {
  const source = matcherFor(tokens).source.replace(/^\(\?<!\[[^\]]*\]\)/, '');
  const scan = new RegExp(source, 'giu');
  for (let found = scan.exec(text); found; found = scan.exec(text)) {
    const before = text[found.index - 1];
    if (before === undefined || !WORD_CHAR_RE.test(before)) return { start: found.index, end: found.index + found[0].length };
    scan.lastIndex = found.index + 1;
  }
  return undefined;
}

/**
 * A window of about SNIPPET_CHARS around the first match (or the start), matches marked. Only
 * the window's whitespace is flattened: flattening a whole body per hit cost more than the query.
 */
export function snippet(text: string, tokens: readonly string[]): MarkedText {
  const found = firstMatch(text, tokens);
  const from = found ? Math.max(0, found.start - SNIPPET_CHARS) : 0;
  const anchor = found ? found.start : 0;
  const before = text.slice(from, anchor).replace(/\s+/g, ' ');
  const local = before + text.slice(anchor, anchor + SNIPPET_CHARS * 2).replace(/\s+/g, ' ');
  const moreAfter = anchor + SNIPPET_CHARS * 2 < text.length;
  const first = found ? { start: before.length, end: before.length + (found.end - found.start) } : undefined;
  let start = first ? Math.max(0, first.start - Math.floor(SNIPPET_CHARS / 3)) : 0;
  let end = Math.min(local.length, start + SNIPPET_CHARS);
  // Cut at word boundaries so no word is shown half.
  if (start > 0 || from > 0) {
    const space = local.indexOf(' ', start);
    if (space !== -1 && (!first || space < first.start)) start = space + 1;
  }
  if (end < local.length || moreAfter) {
    const space = local.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  const lead = (start > 0 || from > 0) && local.slice(0, start).trim() !== '' ? '… ' : '';
  const tail = end < local.length || moreAfter ? ' …' : '';
  const parts = highlight(local.slice(start, end).trim(), tokens);
  if (lead) addText(parts, lead, true);
  if (tail) addText(parts, tail, false);
  return parts;
}

/** Adds unmarked text at the start or the end, joined to an unmarked neighbour. */
function addText(parts: MarkedText, text: string, atStart: boolean): void {
  const neighbour = atStart ? parts[0] : parts[parts.length - 1];
  if (neighbour && !neighbour.marked) neighbour.text = atStart ? text + neighbour.text : neighbour.text + text;
  else if (atStart) parts.unshift({ text, marked: false });
  else parts.push({ text, marked: false });
}

function highlight(piece: string, tokens: readonly string[]): MarkedText {
  const parts: MarkedText = [];
  let at = 0;
  for (const range of matchRanges(piece, tokens)) {
    if (range.start > at) parts.push({ text: piece.slice(at, range.start), marked: false });
    parts.push({ text: piece.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < piece.length) parts.push({ text: piece.slice(at), marked: false });
  return parts;
}
