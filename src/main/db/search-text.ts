/**
 * The text a document is found by, and the two foldings search needs. FTS5's
 * `unicode61 remove_diacritics 2` folds Vietnamese tone and vowel marks but not đ/Đ (a separate
 * letter in Unicode), so đ→d is done here before the text reaches the folded index.
 */
import { bodyText } from '../../shared/document/body';
import type { Document } from '../../shared/document/document';
import { toNfc } from '../../shared/text/nfc';

/** đ/Đ → d/D, nothing else; one UTF-16 unit in, one out, so offsets carry over. */
export function foldDStroke(text: string): string {
  return text.replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'));
}

const foldedChars = new Map<string, string>();

/**
 * Lower case, without tone or vowel marks, đ→d; the result has exactly as many UTF-16 units as the
 * input (a character whose folding would change length is kept as it is), so a match found in the
 * folded text has the same offsets in the original.
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const lower = ch.toLowerCase();
      const base = lower === 'đ' ? 'd' : lower.normalize('NFD').charAt(0);
      folded = base.length === ch.length && lower.length === ch.length ? base : ch;
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

export interface SearchableText {
  title: string;
  /** Frame fields, body and any extra text (attendee names, pledge parties), one block per line. */
  text: string;
}

export type IndexableDocument = Pick<Document, 'title' | 'frame' | 'body' | 'portal'>;

/**
 * Everything a secretary may remember a document by, except the title. Trích yếu and body come
 * first because the snippet shows the first match: the header lines ("ỦY BAN MTTQ …") are the
 * same in every document and would make every snippet alike.
 */
export function documentSearchText(doc: IndexableDocument, extra: readonly string[] = []): SearchableText {
  const { frame } = doc;
  const blocks = [
    frame.summary,
    bodyText(doc.body),
    ...extra,
    ...frame.parentBody,
    ...frame.issuingBody,
    [frame.number, frame.symbol].filter(Boolean).join('/'),
    frame.place,
    frame.documentType,
    ...frame.legalBases,
    ...(frame.addressees ?? []),
    ...frame.recipients,
    frame.signer.authorityOf,
    frame.signer.title,
    frame.signer.name,
    doc.portal.author,
  ];
  return { title: toNfc(doc.title), text: toNfc(blocks.filter((block) => block.trim() !== '').join('\n')) };
}
