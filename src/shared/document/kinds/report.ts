/** Báo cáo: an official document with one signer; attendee lists attach as Phụ lục. */
import type { KindDescriptor } from '../kinds';

export const reportKind: KindDescriptor = {
  id: 'report',
  label: { vi: 'Báo cáo', en: 'Reports' },
  templateId: 'bao-cao-ket-qua-hoi-nghi',
  frame: 'official',
  closing: 'signer',
  endMark: true,
  data: 'none',
  attachesLists: true,
  importTypes: [/^BÁO CÁO/u],
  checks: 'official',
  workspace: 'sheet',
};
