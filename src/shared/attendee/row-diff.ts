/**
 * A save of an attendee list as the changes since the last save (issue 16: the grid at 5,000 rows
 * froze ~100 ms at each autosave sending, and the store rewriting, every row). The grid keeps rows
 * immutable, so unchanged rows are the same objects and the diff is one pass by identity; a row
 * renumbered only by an insert or a delete above it is not "changed" (its place travels in `order`).
 */
import { z } from 'zod';
import { MAX_ATTENDEE_ROWS, AttendeeListContent, AttendeeRow } from './attendee-list';

export const AttendeeRowChanges = AttendeeListContent.omit({ rows: true })
  .extend({
    /** The list's updatedAt the changes apply to; another writer in between → conflict (the caller sends the whole list). */
    baseUpdatedAt: z.string().min(1),
    /** Rows new or changed since that save (their `order` is ignored: places come from `order` or stay). */
    upserts: z.array(AttendeeRow).max(MAX_ATTENDEE_ROWS, `Danh sách tối đa ${MAX_ATTENDEE_ROWS} dòng`),
    /** Row ids removed. */
    deletes: z.array(z.string().min(1).max(64)).max(MAX_ATTENDEE_ROWS),
    /** Every row id in the new order, when rows were added, removed or moved; null: places unchanged. */
    order: z.array(z.string().min(1).max(64)).max(MAX_ATTENDEE_ROWS).nullable(),
  })
  .strict();
export type AttendeeRowChanges = z.infer<typeof AttendeeRowChanges>;

export type RowChanges = Pick<AttendeeRowChanges, 'upserts' | 'deletes' | 'order'>;

/** Same content, whatever its place in the list. */
function sameRow(a: AttendeeRow, b: AttendeeRow): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.personId !== b.personId ||
    a.group !== b.group ||
    a.honorific !== b.honorific ||
    a.fullName !== b.fullName ||
    a.title !== b.title ||
    a.unit !== b.unit ||
    a.note !== b.note ||
    a.present !== b.present ||
    a.protocolRank !== b.protocolRank
  ) {
    return false;
  }
  const keys = Object.keys(a.extra);
  return keys.length === Object.keys(b.extra).length && keys.every((key) => a.extra[key] === b.extra[key]);
}

/** What changed from `before` (as last saved) to `after` (both in display order). */
export function rowChanges(before: readonly AttendeeRow[], after: readonly AttendeeRow[]): RowChanges {
  return sameIdsInPlace(before, after) ? { upserts: after.filter((row, index) => !sameRow(before[index]!, row)), deletes: [], order: null } : reshuffled(before, after);
}

/**
 * Cell edits keep every row in its place: then one pass side by side, without indexing 5,000 rows
 * by id (that indexing was most of an autosave's main-thread time at 5,000 rows).
 */
function sameIdsInPlace(before: readonly AttendeeRow[], after: readonly AttendeeRow[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < after.length; index++) {
    const row = after[index]!;
    if (row !== before[index] && row.id !== before[index]!.id) return false;
  }
  return true;
}

/** Rows added, removed or moved: matched by id. */
function reshuffled(before: readonly AttendeeRow[], after: readonly AttendeeRow[]): RowChanges {
  const previous = new Map(before.map((row) => [row.id, row]));
  const upserts: AttendeeRow[] = [];
  let sameOrder = before.length === after.length;
  after.forEach((row, index) => {
    const old = previous.get(row.id);
    if (!old || !sameRow(old, row)) upserts.push(row);
    if (sameOrder && before[index]!.id !== row.id) sameOrder = false;
  });
  const kept = new Set(after.map((row) => row.id));
  const deletes = before.filter((row) => !kept.has(row.id)).map((row) => row.id);
  return { upserts, deletes, order: sameOrder ? null : after.map((row) => row.id) };
}

export const noRowChanges = (changes: RowChanges) => changes.upserts.length === 0 && changes.deletes.length === 0 && changes.order === null;
