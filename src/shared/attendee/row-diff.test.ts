import { describe, expect, it } from 'vitest';
import { emptyRow } from './attendee-list';
import { noRowChanges, rowChanges } from './row-diff';

describe('rowChanges', () => {
  const rows = ['a', 'b', 'c'].map((id, order) => ({ ...emptyRow(id, order), fullName: id.toUpperCase() }));

  it('finds nothing when the rows are the same objects or equal copies', () => {
    expect(noRowChanges(rowChanges(rows, rows))).toBe(true);
    expect(noRowChanges(rowChanges(rows, rows.map((row) => ({ ...row, extra: { ...row.extra } }))))).toBe(true);
  });

  it('does not count rows renumbered by a delete above them as changed; the new order carries their places', () => {
    const after = rows.slice(1).map((row, order) => ({ ...row, order }));
    expect(rowChanges(rows, after)).toEqual({ upserts: [], deletes: ['a'], order: ['b', 'c'] });
  });

  it('sees a changed extra column value', () => {
    const after = rows.map((row) => (row.id === 'c' ? { ...row, extra: { sdt: '0912' } } : row));
    expect(rowChanges(rows, after).upserts.map((row) => row.id)).toEqual(['c']);
  });
});
