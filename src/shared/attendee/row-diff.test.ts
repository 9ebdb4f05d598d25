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

  it('sends a moved row as a new order, not as changed content, and an edited row in place without an order', () => {
    const swapped = [rows[1]!, rows[0]!, rows[2]!];
    expect(rowChanges(rows, swapped)).toEqual({ upserts: [], deletes: [], order: ['b', 'a', 'c'] });
    const edited = rows.map((row) => (row.id === 'b' ? { ...row, title: 'Chủ tịch' } : row));
    expect(rowChanges(rows, edited)).toEqual({ upserts: [edited[1]], deletes: [], order: null });
  });

  it('does not take a row replaced by another id at the same place for an edit', () => {
    const replaced = [rows[0]!, { ...emptyRow('x', 1), fullName: 'X' }, rows[2]!];
    expect(rowChanges(rows, replaced)).toEqual({ upserts: [replaced[1]], deletes: ['b'], order: ['a', 'x', 'c'] });
  });
});
