/** Danh sách đại biểu: an official document whose body table is its attendee list, kept as data. */
import type { KindDescriptor } from '../kinds';

export const attendeesKind: KindDescriptor = {
  id: 'attendees',
  label: { vi: 'Danh sách đại biểu', en: 'Attendee lists' },
  templateId: 'danh-sach-dai-bieu',
  frame: 'official',
  closing: 'signer',
  endMark: true,
  data: 'attendee-list',
  attachesLists: false,
  importTypes: [],
  checks: 'official',
  workspace: 'attendees',
};
