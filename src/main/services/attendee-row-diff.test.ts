// Saving an attendee list by row diff (issue 16): what the grid sends after each edit, applied by the
// store, must read back exactly as the whole list would have been saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeList, type AttendeeRow } from '../../shared/attendee/attendee-list';
import { rowChanges } from '../../shared/attendee/row-diff';
import { isAppError } from '../../shared/errors/app-error';
import { makeServices } from '../../../tests/support/services';

let env: ReturnType<typeof makeServices>;
beforeEach(() => {
  env = makeServices();
});
afterEach(() => env.cleanup());

const person = (id: string, fullName: string, group = ''): AttendeeRow => ({ ...emptyRow(id, 0, group), fullName, title: 'Chủ tịch', unit: `Phường ${id}` });
const ordered = (rows: AttendeeRow[]) => rows.map((row, order) => (row.order === order ? row : { ...row, order }));
/** What the store gives back, without its timestamps and with rows as plain content. */
const content = (list: AttendeeList) => ({ groups: list.groups, extraColumns: list.extraColumns, rows: list.rows.map(({ order: _order, ...row }) => row) });

function savedList(rows: AttendeeRow[]): AttendeeList {
  const doc = env.services.documents.create('danh-sach-dai-bieu');
  const list = env.services.attendees.getForDocument(doc.id);
  env.services.attendees.save({ ...list, rows: ordered(rows) });
  return env.services.attendees.get(list.id);
}

/** Saves `after` as the diff from `base`, the way the grid does; returns the list read back. */
function saveDiff(base: AttendeeList, after: AttendeeRow[], head: Partial<Pick<AttendeeList, 'groups' | 'extraColumns'>> = {}): AttendeeList {
  const { rows: _rows, updatedAt, ...rest } = base;
  const changes = rowChanges(base.rows, ordered(after));
  env.services.attendees.saveRows({ ...rest, ...head, baseUpdatedAt: updatedAt, ...changes });
  return env.services.attendees.get(base.id);
}

describe('attendee list saves by row diff', () => {
  it('an edited cell sends one row, and the list reads back as a whole save would have written it', () => {
    const base = savedList([person('a', 'Nguyễn Văn An'), person('b', 'Trần Thị Bình'), person('c', 'Lê Văn Cường')]);
    const edited = base.rows.map((row) => (row.id === 'b' ? { ...row, fullName: 'Trần Thị Bích', extra: { nam_sinh: '1970' } } : row));
    expect(rowChanges(base.rows, edited)).toEqual({ upserts: [edited[1]], deletes: [], order: null });
    const after = saveDiff(base, edited);
    expect(after.rows.map((row) => [row.id, row.order, row.fullName])).toEqual([['a', 0, 'Nguyễn Văn An'], ['b', 1, 'Trần Thị Bích'], ['c', 2, 'Lê Văn Cường']]);
    expect(after.rows[1]!.extra).toEqual({ nam_sinh: '1970' });
    expect(after.updatedAt > base.updatedAt).toBe(true);
  });

  it('inserts, deletes and a reorder survive a reload in the order the grid shows', () => {
    const base = savedList(['a', 'b', 'c', 'd', 'e'].map((id) => person(id, `Người ${id}`)));
    const [a, b, c, d, e] = base.rows as [AttendeeRow, AttendeeRow, AttendeeRow, AttendeeRow, AttendeeRow];
    // d moved to the top, b deleted, x inserted after a, y added at the end with a new group, e edited.
    const after = [d, a, person('x', 'Người mới x'), c, { ...e, note: 'Vắng' }, person('y', 'Khách y', 'B. KHÁCH MỜI')];
    const changes = rowChanges(base.rows, ordered(after));
    expect(changes.deletes).toEqual(['b']);
    expect(changes.upserts.map((row) => row.id)).toEqual(['x', 'e', 'y']);
    expect(changes.order).toEqual(['d', 'a', 'x', 'c', 'e', 'y']);
    const reloaded = saveDiff(base, after);
    expect(reloaded.rows.map((row) => [row.id, row.order])).toEqual([['d', 0], ['a', 1], ['x', 2], ['c', 3], ['e', 4], ['y', 5]]);
    expect(reloaded.rows.find((row) => row.id === 'e')!.note).toBe('Vắng');
    expect(reloaded.groups).toEqual(['B. KHÁCH MỜI']); // a row's group joins the list's groups, as in a whole save
    expect(reloaded.rows.some((row) => row.id === b.id)).toBe(false);

    // The same end state through a whole save reads back the same.
    const whole = savedList(ordered(after));
    expect(content(whole)).toEqual(content(reloaded));
  });

  it('a diff made from an old save is refused (conflict) and writes nothing', () => {
    const base = savedList([person('a', 'An'), person('b', 'Bình')]);
    saveDiff(base, [base.rows[0]!, { ...base.rows[1]!, fullName: 'Bình (sửa ở nơi khác)' }]);
    const stored = env.services.attendees.get(base.id);
    const { rows: _rows, updatedAt, ...rest } = base;
    const stale = rowChanges(base.rows, [{ ...base.rows[0]!, fullName: 'An (sửa)' }, base.rows[1]!]);
    let error: unknown;
    try {
      env.services.attendees.saveRows({ ...rest, baseUpdatedAt: updatedAt, ...stale });
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error) && error.code).toBe('conflict');
    expect(env.services.attendees.get(base.id)).toEqual(stored);
  });

  it('an order that does not name exactly the rows is refused, nothing written', () => {
    const base = savedList([person('a', 'An'), person('b', 'Bình')]);
    const { rows: _rows, updatedAt, ...rest } = base;
    expect(() => env.services.attendees.saveRows({ ...rest, baseUpdatedAt: updatedAt, upserts: [{ ...base.rows[0]!, fullName: 'An (sửa)' }], deletes: [], order: ['a', 'zzz'] })).toThrow(/Thứ tự dòng/);
    expect(env.services.attendees.get(base.id)).toEqual(base);
  });

  it('a row with a bad field is refused with its field named, nothing written', () => {
    const base = savedList([person('a', 'An')]);
    const { rows: _rows, updatedAt, ...rest } = base;
    expect(() => env.services.attendees.saveRows({ ...rest, baseUpdatedAt: updatedAt, upserts: [{ ...base.rows[0]!, fullName: 'x'.repeat(5000) }], deletes: [], order: null })).toThrow();
    expect(env.services.attendees.get(base.id)).toEqual(base);
  });
});
