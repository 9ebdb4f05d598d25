/** Văn bản khác: any other official document (imports whose tên loại names no known kind land here). */
import type { KindDescriptor } from '../kinds';

export const otherKind: KindDescriptor = {
  id: 'other',
  label: { vi: 'Văn bản khác', en: 'Other documents' },
  templateId: null,
  frame: 'official',
  closing: 'signer',
  endMark: true,
  data: 'none',
  attachesLists: true,
  importTypes: [],
  checks: 'official',
  workspace: 'sheet',
};
