/**
 * The registry of document kinds: one descriptor per kind (src/shared/document/kinds/), and every
 * door, export, check and workspace asks it what a kind does instead of testing kind names. Adding a
 * kind is one descriptor file, its line in BUILTIN_KINDS, and its tests; the database keeps any
 * kind the registry knows (migration 0004 dropped the old CHECK list).
 */
import { articleKind } from './kinds/article';
import { attendeesKind } from './kinds/attendees';
import { invitationKind } from './kinds/invitation';
import { otherKind } from './kinds/other';
import { pledgeKind } from './kinds/pledge';
import { programKind } from './kinds/program';
import { reportKind } from './kinds/report';

export interface KindDescriptor {
  /** Stored in documents.kind and in the interchange format: lower case letters and "-". */
  id: string;
  /** Sidebar group name and CLI label, Vietnamese first. */
  label: { vi: string; en: string };
  /** Template defaults: the built-in template a new document of this kind starts from, if any. */
  templateId: string | null;
  /** Which frame the sheet shows and the exports print: the official Decree 30 frame, or a news article's title and byline. */
  frame: 'official' | 'article';
  /** How the document closes: Nơi nhận beside one signer, a grid of signing parties, or the article's byline. */
  closing: 'signer' | 'signature-grid' | 'byline';
  /** The "./." end mark after the body (when the profile asks for it). */
  endMark: boolean;
  /**
   * Data kept beside the body, which the Word and portal exports put in (the "extras"); addressees:
   * the document is printed once per person on its event's list (giấy mời).
   */
  data: 'none' | 'attendee-list' | 'pledge' | 'addressees';
  /** Attendee lists can be attached (attendance sentence, Phụ lục in Word). */
  attachesLists: boolean;
  /** Tên loại by which an imported official document is recognised as this kind. */
  importTypes: readonly RegExp[];
  /** The check's rules: the writing rules only (spelling, tone marks…), or those and the official-document rules (missing fields, dates, abbreviations). */
  checks: 'official' | 'writing';
  /** The workspace: the sheet alone, or a data tab (attendee grid, pledge editor) beside the sheet. */
  workspace: 'sheet' | 'attendees' | 'pledge';
}

/** The built-in kinds, in sidebar order. */
const BUILTIN_KINDS: readonly KindDescriptor[] = [reportKind, articleKind, attendeesKind, pledgeKind, programKind, invitationKind, otherKind];

const registry = new Map<string, KindDescriptor>();

const KIND_ID = /^[a-z][a-z-]{1,40}$/;

/** Adds a kind (the built-ins below; a test may add a throwaway one). */
export function registerKind(descriptor: KindDescriptor): void {
  if (!KIND_ID.test(descriptor.id)) throw new Error(`Invalid document kind id: ${descriptor.id}`);
  if (registry.has(descriptor.id)) throw new Error(`Document kind registered twice: ${descriptor.id}`);
  registry.set(descriptor.id, descriptor);
}

for (const descriptor of BUILTIN_KINDS) registerKind(descriptor);

export function isKnownKind(id: string): boolean {
  return registry.has(id);
}

/** The descriptor of a kind; an unknown one (a row written by a newer version) reads as "other". */
export function kindOf(id: string): KindDescriptor {
  return registry.get(id) ?? otherKind;
}

/** Every kind, in sidebar order. */
export function documentKinds(): KindDescriptor[] {
  return [...registry.values()];
}

/** The kind an imported official document's tên loại names ("BÁO CÁO …" → report), else "other". */
export function kindForDocumentType(documentType: string): string {
  const type = documentType.trim().toLocaleUpperCase('vi');
  return documentKinds().find((kind) => kind.importTypes.some((pattern) => pattern.test(type)))?.id ?? otherKind.id;
}
