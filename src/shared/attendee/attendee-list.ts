/**
 * An attendee list (Danh sách đại biểu, docs/nd30-rules.md §10): rows stored as rows, not as an editor
 * table. Each row is a snapshot of the person at that event.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { EntityId, FullName, Honorific, PersonNote, PersonTitle, PersonUnit, ProtocolRank } from './person';

/** Rows of one list are capped so one import can never exhaust memory (a ward residents' meeting is a few thousand). */
export const MAX_ATTENDEE_ROWS = 20_000;

/** Group sub-heading, e.g. "A. ĐẠI BIỂU THÀNH PHỐ"; empty = no group. */
export const GroupName = nfcString().trim().max(200, 'Tên nhóm tối đa 200 ký tự');

/** Optional columns beyond the five of §10.3 (Năm sinh, Số điện thoại, Ký nhận…), kept from an import. */
export const ExtraColumn = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Mã cột chỉ gồm chữ thường không dấu, số và _'),
  label: nfcString().trim().min(1, 'Tên cột không được để trống').max(80),
});
export type ExtraColumn = z.infer<typeof ExtraColumn>;

export const AttendeeRow = z.object({
  /** Stable within the list (grid selection, undo, leading-guest choice); not a person id. */
  id: z.string().min(1).max(64),
  personId: EntityId.nullable(),
  group: GroupName,
  /** Position in the list as the clerk arranged it (0-based; rewritten on save). */
  order: z.number().int().min(0),
  honorific: Honorific,
  fullName: FullName,
  title: PersonTitle,
  unit: PersonUnit,
  note: PersonNote,
  present: z.boolean(),
  protocolRank: ProtocolRank,
  /** Values of the extra columns by key. */
  extra: z.record(z.string().max(40), nfcString().max(500)),
});
export type AttendeeRow = z.infer<typeof AttendeeRow>;

export const AttendeeList = z.object({
  id: EntityId,
  /** The attendees document that owns the list; null for a list kept only in the directory. */
  documentId: EntityId.nullable(),
  name: nfcString().trim().min(1, 'Tên danh sách không được để trống').max(300),
  /** Group sub-headings in display order; rows name one of these (or ''). */
  groups: z.array(GroupName.min(1)).max(100),
  extraColumns: z.array(ExtraColumn).max(20),
  rows: z.array(AttendeeRow).max(MAX_ATTENDEE_ROWS, `Danh sách tối đa ${MAX_ATTENDEE_ROWS} dòng`),
  updatedAt: z.string(),
});
export type AttendeeList = z.infer<typeof AttendeeList>;

/** What a save sends: the list without its store-owned timestamp. */
export const AttendeeListContent = AttendeeList.omit({ updatedAt: true });
export type AttendeeListContent = z.infer<typeof AttendeeListContent>;

export function emptyRow(id: string, order: number, group = ''): AttendeeRow {
  return { id, personId: null, group, order, honorific: '', fullName: '', title: '', unit: '', note: '', present: true, protocolRank: null, extra: {} };
}
