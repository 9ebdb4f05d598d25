/**
 * Orders of a list: by protocol rank, by Vietnamese given name, by unit. Sorting keeps each row in
 * its group and the groups in their order (the sub-headings of docs/nd30-rules.md §10.3 stay put).
 */
import { viCollator } from '../text/collation';
import type { AttendeeRow } from './attendee-list';
import { compareGivenName } from './name-key';

export const ROW_ORDERS = ['protocol', 'givenName', 'unit'] as const;
export type RowOrder = (typeof ROW_ORDERS)[number];

/** Rank first (null ranks last), then the clerk's order. */
export function compareProtocol(a: Pick<AttendeeRow, 'protocolRank' | 'order'>, b: Pick<AttendeeRow, 'protocolRank' | 'order'>): number {
  const left = a.protocolRank ?? Number.POSITIVE_INFINITY;
  const right = b.protocolRank ?? Number.POSITIVE_INFINITY;
  if (left !== right) return left < right ? -1 : 1;
  return a.order - b.order;
}

function comparatorFor(order: RowOrder): (a: AttendeeRow, b: AttendeeRow) => number {
  switch (order) {
    case 'protocol':
      return compareProtocol;
    case 'givenName':
      return (a, b) => compareGivenName(a.fullName, b.fullName) || a.order - b.order;
    case 'unit':
      return (a, b) => viCollator.compare(a.unit, b.unit) || compareProtocol(a, b);
  }
}

/** Index of each group in display order; rows of an unknown or empty group come first. */
function groupIndexer(groups: readonly string[]): (group: string) => number {
  const index = new Map(groups.map((group, position) => [group, position]));
  return (group) => (group ? (index.get(group) ?? groups.length) : -1);
}

/** Sorted copy with `order` rewritten 0..n-1. */
export function sortRows(rows: readonly AttendeeRow[], groups: readonly string[], order: RowOrder): AttendeeRow[] {
  const groupOf = groupIndexer(groups);
  const compare = comparatorFor(order);
  return [...rows]
    .sort((a, b) => groupOf(a.group) - groupOf(b.group) || compare(a, b))
    .map((row, position) => ({ ...row, order: position }));
}

export interface RowSection {
  /** '' for rows without a group (printed before the first sub-heading). */
  group: string;
  rows: Array<{ row: AttendeeRow; stt: number }>;
}

/**
 * Rows in print order, cut into group sections, with STT numbers continuing across groups
 * (docs/nd30-rules.md §10.3). Groups without rows are left out. Absent rows are kept unless presentOnly.
 */
export function sectionRows(rows: readonly AttendeeRow[], groups: readonly string[], options: { presentOnly?: boolean } = {}): RowSection[] {
  const groupOf = groupIndexer(groups);
  const ordered = [...rows]
    .filter((row) => !options.presentOnly || row.present)
    .sort((a, b) => groupOf(a.group) - groupOf(b.group) || a.order - b.order);
  const sections: RowSection[] = [];
  let stt = 0;
  for (const row of ordered) {
    let section = sections[sections.length - 1];
    if (!section || section.group !== row.group) {
      section = { group: row.group, rows: [] };
      sections.push(section);
    }
    section.rows.push({ row, stt: ++stt });
  }
  return sections;
}
