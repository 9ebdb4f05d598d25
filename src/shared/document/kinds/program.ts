/** Chương trình phối hợp: like a pledge, its parties sign together in a grid. */
import type { KindDescriptor } from '../kinds';

export const programKind: KindDescriptor = {
  id: 'program',
  label: { vi: 'Chương trình phối hợp', en: 'Coordination programmes' },
  templateId: 'chuong-trinh-phoi-hop',
  frame: 'official',
  closing: 'signature-grid',
  endMark: true,
  data: 'pledge',
  attachesLists: false,
  importTypes: [/^CHƯƠNG TRÌNH/u],
  checks: 'official',
  workspace: 'pledge',
};
