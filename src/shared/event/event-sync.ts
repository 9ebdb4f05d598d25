/**
 * Facts stay in step: when the event's date, time, venue, chair or title change, a draft generated
 * from it gets the new wording wherever the old wording stands (in its own text nodes, as
 * event-documents.ts wrote it, or typed the same way by the clerk), and a frame date still equal to
 * the one its kind took from the old facts (frameDateFor) moves to the new one. Text the clerk wrote around the facts is left alone. Issued
 * documents (with a số) are never passed here.
 */
import type { BodyNode } from '../document/body';
import type { DocumentContent } from '../document/document';
import type { FactWords } from './event-wording';
import { followYearInBody, followYearInMeta } from '../template/template-year';

export interface FactChange {
  from: string;
  to: string;
}

/** The wordings that changed, longest first (a title containing the venue is replaced whole first). */
export function factChanges(before: FactWords, after: FactWords): FactChange[] {
  const keys = Object.keys(before) as Array<keyof FactWords>;
  return keys
    .map((key) => ({ from: before[key], to: after[key] }))
    .filter((change) => change.from.trim() !== '' && change.from !== change.to)
    .sort((a, b) => b.from.length - a.from.length);
}

/** Replaces every change in one pass, so a new wording is never itself rewritten by a later change. */
export function replaceFacts(text: string, changes: readonly FactChange[]): string {
  if (changes.length === 0 || !changes.some((change) => text.includes(change.from))) return text;
  const pattern = new RegExp(changes.map((change) => change.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const byFrom = new Map(changes.map((change) => [change.from, change.to]));
  return text.replace(pattern, (match) => byFrom.get(match) ?? match);
}

function syncNode(node: BodyNode, changes: readonly FactChange[]): BodyNode {
  if (typeof node.text === 'string') {
    const text = replaceFacts(node.text, changes);
    return text === node.text ? node : { ...node, text };
  }
  if (!node.content) return node;
  const content = node.content.map((child) => syncNode(child, changes));
  return content.every((child, index) => child === node.content![index]) ? node : { ...node, content };
}

/** A whole-value change of a frame field: applied only where the field still holds the old value. */
export interface ValueChange<T = string> {
  from: T;
  to: T;
}

export interface FieldChanges {
  /** The frame date as frameDateFor gives it for the document's kind (null = blank). */
  date?: ValueChange<string | null> | undefined;
  /** The article's publication time ("YYYY-MM-DDTHH:mm", the event's start). */
  publishedAt?: ValueChange | undefined;
  /** The signer's name where the chair signs (the giấy mời when the profile names no signer). */
  signerName?: ValueChange | undefined;
  /** The event moved into another year: the template's "năm …" follows (docs/nd30-rules.md §8.5). */
  year?: { from: number; to: number } | undefined;
}

function moved(value: string | null, change: ValueChange<string | null> | undefined): string | null {
  return change && value === change.from ? change.to : value;
}

function followYear(content: DocumentContent, year: { from: number; to: number }): DocumentContent {
  const meta = followYearInMeta(content, year.from, year.to);
  const body = followYearInBody(content.body, year.from, year.to);
  return meta === content && body === content.body ? content : { ...meta, body };
}

/** The content with the facts carried over; the same object when nothing in it named a changed fact. */
export function syncContent(content: DocumentContent, changes: readonly FactChange[], fields: FieldChanges = {}): DocumentContent {
  const yearMoved = fields.year ? followYear(content, fields.year) : content;
  const body = syncNode(yearMoved.body, changes) as DocumentContent['body'];
  const title = replaceFacts(yearMoved.title, changes);
  const summary = replaceFacts(yearMoved.frame.summary, changes);
  const date = moved(content.frame.date, fields.date);
  const publishedAt = moved(content.portal.publishedAt, fields.publishedAt);
  const signerName = moved(content.frame.signer.name, fields.signerName) ?? '';
  const same =
    yearMoved === content &&
    body === content.body &&
    title === content.title && summary === content.frame.summary && date === content.frame.date && publishedAt === content.portal.publishedAt && signerName === content.frame.signer.name;
  if (same) return content;
  return { ...content, title, body, frame: { ...yearMoved.frame, summary, date, signer: { ...content.frame.signer, name: signerName } }, portal: { ...content.portal, publishedAt } };
}
