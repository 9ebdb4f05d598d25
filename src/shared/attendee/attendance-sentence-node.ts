/**
 * The `attendanceSentence` body node: "the attendance sentence of list X" (issue 5 point 4). The
 * report stores the reference, not the text, so edits to the list show in every export; freezing
 * stores the text as it was (frozenText) and the list no longer matters. Exports, search and
 * `thuky show` resolve the node to an ordinary paragraph with resolveAttendanceSentences first.
 */
import type { BodyDoc, BodyNode } from '../document/body';
import type { AttendeeList } from './attendee-list';
import { buildAttendanceSentence } from './attendance-sentence';

export const ATTENDANCE_SENTENCE_NODE = 'attendanceSentence';

/** Shown in place of the sentence when the list it names was deleted (and nothing was frozen). */
export const MISSING_LIST_TEXT = '[Danh sách đại biểu đã bị xóa]';

export interface AttendanceSentenceAttrs {
  listId: string;
  /** Guests to name; null = every present row with a protocol rank (buildAttendanceSentence's default). */
  leadingRowIds: string[] | null;
  /** The sentence kept as it was when frozen; null = live. */
  frozenText: string | null;
}

export type AttendeeListLookup = (listId: string) => AttendeeList | undefined;

/** The node's attrs, read defensively (the model allows any attr values of the permitted kinds). */
export function attendanceSentenceAttrs(node: Pick<BodyNode, 'attrs'>): AttendanceSentenceAttrs {
  const attrs = node.attrs ?? {};
  const ids = attrs.leadingRowIds;
  return {
    listId: typeof attrs.listId === 'string' ? attrs.listId : '',
    leadingRowIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null,
    frozenText: typeof attrs.frozenText === 'string' ? attrs.frozenText : null,
  };
}

export function attendanceSentenceNode(attrs: AttendanceSentenceAttrs): BodyNode {
  return { type: ATTENDANCE_SENTENCE_NODE, attrs: { listId: attrs.listId, leadingRowIds: attrs.leadingRowIds, frozenText: attrs.frozenText } };
}

/** The text the node stands for now: frozen text, the live sentence, or the missing-list placeholder. */
export function attendanceSentenceText(attrs: AttendanceSentenceAttrs, lookup: AttendeeListLookup): string {
  if (attrs.frozenText !== null) return attrs.frozenText;
  const list = attrs.listId ? lookup(attrs.listId) : undefined;
  if (!list) return MISSING_LIST_TEXT;
  return buildAttendanceSentence(list.rows, attrs.leadingRowIds ? { leadingRowIds: attrs.leadingRowIds } : {}).text;
}

function hasSentence(node: BodyNode): boolean {
  return node.type === ATTENDANCE_SENTENCE_NODE || (node.content ?? []).some(hasSentence);
}

function resolveNode(node: BodyNode, lookup: AttendeeListLookup): BodyNode {
  if (node.type === ATTENDANCE_SENTENCE_NODE) {
    const text = attendanceSentenceText(attendanceSentenceAttrs(node), lookup);
    // A plain paragraph, as the sentence was when inserted as text: exports style it like the body.
    return { type: 'paragraph', content: [{ type: 'text', text }] };
  }
  if (!node.content || !node.content.some(hasSentence)) return node;
  return { ...node, content: node.content.map((child) => resolveNode(child, lookup)) };
}

/**
 * The body with every attendanceSentence node replaced by a paragraph holding its text. Pure; a
 * body without such nodes comes back as the same object (no copy on the common path). Each list is
 * looked up once however many sentences name it.
 */
export function resolveAttendanceSentences(body: BodyDoc, lookup: AttendeeListLookup): BodyDoc {
  if (!body.content.some(hasSentence)) return body;
  const seen = new Map<string, AttendeeList | undefined>();
  const cached: AttendeeListLookup = (listId) => {
    if (!seen.has(listId)) seen.set(listId, lookup(listId));
    return seen.get(listId);
  };
  return { ...body, content: body.content.map((node) => resolveNode(node, cached)) };
}

/** Ids of the lists a body's sentences read live (frozen ones read nothing). */
export function liveSentenceListIds(body: BodyDoc | BodyNode): string[] {
  const ids = new Set<string>();
  const walk = (node: BodyNode | BodyDoc): void => {
    if (node.type === ATTENDANCE_SENTENCE_NODE) {
      const attrs = attendanceSentenceAttrs(node);
      if (attrs.frozenText === null && attrs.listId) ids.add(attrs.listId);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return [...ids];
}
