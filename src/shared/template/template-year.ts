/**
 * The year a template stamps ("năm {year}", a blank date "…/…/{year}") is the year of the document's
 * date, not of the day it was created (docs/nd30-rules.md §8.5). At creation the year comes from the
 * date the document will carry; when the clerk later moves the date into another year, these
 * template phrases follow it. Other years are the clerk's own text and are left alone: results of
 * last year, ranges, a term of office ("nhiệm kỳ 2024 - 2029"). The check's `year` rule
 * (src/shared/check/rules/year.ts) reports whatever is left later than the date.
 */
import type { BodyDoc, BodyNode } from '../document/body';
import type { Frame } from '../document/frame';
import { parseIsoDate } from '../text/nd30-date';

/** The year the template's `{year}` stands for: the document's date when it has one, else today's. */
export function templateYear(date: string | null | undefined, today: Date): number {
  const parsed = date ? parseIsoDate(date) : null;
  return parsed ? parsed.year : today.getFullYear();
}

/**
 * "năm 2024" / "NĂM 2024" (not a range "năm 2024 - 2029", not a full date "tháng 01 năm 2024": a
 * date is a fact, an event's or the clerk's), and the blank date "…/…/2024".
 */
function yearPhrase(year: number): RegExp {
  return new RegExp(`(?<=(?:^|[^\\p{L}\\d])(?:năm|NĂM|Năm)\\s+|…\\s*/\\s*…\\s*/\\s*)(?<!tháng\\s+\\d{1,2}\\s+năm\\s+)${year}(?![\\d/])(?!\\s*[-–—]\\s*\\d)`, 'gu');
}

/** Where a template's year phrase for `year` sits in a text: [index, index + 4) each. */
export function templateYearSpans(text: string, year: number): number[] {
  return [...text.matchAll(yearPhrase(year))].map((match) => match.index);
}

export function followYearInText(text: string, from: number, to: number): string {
  return text.replace(yearPhrase(from), String(to));
}

export interface YearFollowingMeta {
  title: string;
  frame: Frame;
}

/** The title and frame texts with the template's year phrases moved from `from` to `to`; the same object when none moved. */
export function followYearInMeta<T extends YearFollowingMeta>(meta: T, from: number, to: number): T {
  if (from === to) return meta;
  const move = (text: string) => followYearInText(text, from, to);
  const frame = meta.frame;
  const title = move(meta.title);
  const documentType = move(frame.documentType);
  const summary = move(frame.summary);
  const legalBases = frame.legalBases.map(move);
  const same = title === meta.title && documentType === frame.documentType && summary === frame.summary && legalBases.every((line, index) => line === frame.legalBases[index]);
  return same ? meta : { ...meta, title, frame: { ...frame, documentType, summary, legalBases } };
}

function followYearInNode(node: BodyNode, from: number, to: number): BodyNode {
  if (typeof node.text === 'string') {
    const text = followYearInText(node.text, from, to);
    return text === node.text ? node : { ...node, text };
  }
  if (!node.content) return node;
  const content = node.content.map((child) => followYearInNode(child, from, to));
  return content.every((child, index) => child === node.content![index]) ? node : { ...node, content };
}

/** A copy of the body with the template's year phrases moved (services; the editor moves its own); the same object when none moved. */
export function followYearInBody(body: BodyDoc, from: number, to: number): BodyDoc {
  if (from === to) return body;
  const content = body.content.map((node) => followYearInNode(node, from, to));
  return content.every((node, index) => node === body.content[index]) ? body : { ...body, content };
}

/**
 * The years a date change moves the template's phrases between, or null when it moves nothing:
 * a draft without a date carried the year it was created in.
 */
export function yearMove(before: string | null, after: string | null, createdAt: string | undefined): { from: number; to: number } | null {
  if (!after) return null;
  const to = parseIsoDate(after)?.year;
  const from = before ? parseIsoDate(before)?.year : createdAt ? Number(createdAt.slice(0, 4)) : undefined;
  if (!to || !from || from === to) return null;
  return { from, to };
}
