/**
 * The people directory: one entry per person the secretariat invites again and again. An event's
 * list keeps its own snapshot of each person (attendee-list.ts): titles change, the old list must not.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';

/** UUIDv7, like document ids (globally unique, ready for a future sync). */
export const EntityId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Mã phải là UUIDv7');

/** Honorific kept apart from the name: "Đồng chí", "Ông", "Bà", "Hòa thượng"… (empty = none given). */
export const Honorific = nfcString().trim().max(40, 'Danh xưng tối đa 40 ký tự');
export const FullName = nfcString().trim().max(120, 'Họ và tên tối đa 120 ký tự');
/** Chức vụ: may hold several titles separated by commas; kept whole, never split. */
export const PersonTitle = nfcString().trim().max(600, 'Chức vụ tối đa 600 ký tự');
export const PersonUnit = nfcString().trim().max(300, 'Đơn vị tối đa 300 ký tự');
export const PersonNote = nfcString().trim().max(500, 'Ghi chú tối đa 500 ký tự');
/** Protocol rank: 1 = first in the attendance sentence and the list; null = no rank. */
export const ProtocolRank = z.number().int().min(0).max(100_000).nullable();

export const Person = z.object({
  id: EntityId,
  honorific: Honorific,
  fullName: FullName.min(1, 'Thiếu Họ và tên'),
  title: PersonTitle,
  unit: PersonUnit,
  protocolRank: ProtocolRank,
  note: PersonNote,
});
export type Person = z.infer<typeof Person>;

/** What the user sends to create or update a directory entry (no id = new person). */
export const PersonInput = Person.extend({ id: EntityId.optional() });
export type PersonInput = z.infer<typeof PersonInput>;
