/**
 * How the grid saves (issue 16): the rows changed since the last save (attendees.saveRows), so an
 * autosave of a 5,000-row list sends and stores a few rows instead of all of them. The whole list
 * (attendees.save) goes only when there is no saved base yet or the store refuses the diff because
 * the list changed elsewhere meanwhile (then the screen, as the clerk sees it, is what is kept).
 */
import type { AttendeeList, AttendeeRow } from '../../../shared/attendee/attendee-list';
import { noRowChanges, rowChanges } from '../../../shared/attendee/row-diff';
import { api, ApiError } from '../api/client';

export interface ListSnapshot {
  rows: AttendeeRow[];
  groups: string[];
  extraColumns: AttendeeList['extraColumns'];
}

/** The last save the store confirmed: what it holds and its updatedAt. */
export interface SavedBase {
  snapshot: ListSnapshot;
  updatedAt: string;
}

type ListHead = Pick<AttendeeList, 'id' | 'documentId' | 'name'>;

/** Saves `snapshot`; resolves with the list's new updatedAt. */
export async function saveListSnapshot(list: ListHead, base: SavedBase | null, snapshot: ListSnapshot): Promise<string> {
  const head = { id: list.id, documentId: list.documentId, name: list.name, groups: snapshot.groups, extraColumns: snapshot.extraColumns };
  if (base) {
    const changes = rowChanges(base.snapshot.rows, snapshot.rows);
    const sameHead = base.snapshot.groups === snapshot.groups && base.snapshot.extraColumns === snapshot.extraColumns;
    if (noRowChanges(changes) && sameHead) return base.updatedAt;
    try {
      return (await api['attendees.saveRows']({ ...head, baseUpdatedAt: base.updatedAt, ...changes })).updatedAt;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'conflict')) throw error;
    }
  }
  return (await api['attendees.save']({ ...head, rows: snapshot.rows })).updatedAt;
}
