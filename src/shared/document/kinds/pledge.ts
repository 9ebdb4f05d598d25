/** Giao ước thi đua: parties and commitments kept as data, signed by every party in a grid. */
import type { KindDescriptor } from '../kinds';

export const pledgeKind: KindDescriptor = {
  id: 'pledge',
  label: { vi: 'Giao ước thi đua', en: 'Emulation pledges' },
  templateId: 'giao-uoc-thi-dua',
  frame: 'official',
  closing: 'signature-grid',
  endMark: true,
  data: 'pledge',
  attachesLists: false,
  importTypes: [/^GIAO ƯỚC/u],
  checks: 'official',
  workspace: 'pledge',
};
