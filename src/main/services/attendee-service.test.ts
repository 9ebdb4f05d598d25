import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyRow } from '../../shared/attendee/attendee-list';
import { isAppError } from '../../shared/errors/app-error';
import { makeServices } from '../../../tests/support/services';

let env: ReturnType<typeof makeServices>;
beforeEach(() => {
  env = makeServices();
});
afterEach(() => env.cleanup());

describe('AttendeeService', () => {
  it('gives an attendees document an empty list once, and refuses other kinds', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu');
    const first = env.services.attendees.getForDocument(doc.id);
    expect(first).toMatchObject({ documentId: doc.id, name: doc.title, rows: [] });
    expect(env.services.attendees.getForDocument(doc.id).id).toBe(first.id);
    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    expect(() => env.services.attendees.getForDocument(report.id)).toThrow(/không phải danh sách đại biểu/);
  });

  it('saves rows in order, adds groups the rows name, drops links to unknown people', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu');
    const list = env.services.attendees.getForDocument(doc.id);
    const { person } = env.services.people.save({ honorific: 'Ông', fullName: 'Lê Văn C', title: '', unit: '', protocolRank: null, note: '' });
    const rows = [
      { ...emptyRow('b', 1, 'B. KHÁCH MỜI'), fullName: 'Trần Thị B', personId: '01900000-0000-7000-8000-00000000dead' },
      { ...emptyRow('a', 0), fullName: 'Lê Văn C', personId: person.id },
    ];
    const first = env.services.attendees.save({ ...list, rows });
    const saved = env.services.attendees.get(list.id);
    expect(saved.rows.map((row) => [row.id, row.order, row.personId])).toEqual([['a', 0, person.id], ['b', 1, null]]);
    expect(saved.groups).toEqual(['B. KHÁCH MỜI']);
    const second = env.services.attendees.save({ ...saved, rows: saved.rows.slice(1) });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(env.services.attendees.get(list.id).rows).toHaveLength(1);
  });

  it('writes nothing when one row is invalid', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu');
    const list = env.services.attendees.getForDocument(doc.id);
    env.services.attendees.save({ ...list, rows: [{ ...emptyRow('a', 0), fullName: 'Giữ Nguyên' }] });
    try {
      env.services.attendees.save({ ...list, rows: [{ ...emptyRow('a', 0), fullName: 'x'.repeat(200) }] });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.message).toMatch(/Họ và tên tối đa 120 ký tự/);
    }
    expect(env.services.attendees.get(list.id).rows.map((row) => row.fullName)).toEqual(['Giữ Nguyên']);
  });

  it('attaches a list to a report live, freezes it, and detaches', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu');
    const list = env.services.attendees.getForDocument(doc.id);
    env.services.attendees.save({ ...list, rows: [{ ...emptyRow('a', 0), fullName: 'Trước' }] });
    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    env.services.attendees.attach(report.id, list.id);
    env.services.attendees.attach(report.id, list.id); // twice = once
    const names = () => env.services.attendees.attachmentsFor(report.id).map((item) => [item.frozen, item.list.rows[0]?.fullName]);
    expect(names()).toEqual([[false, 'Trước']]);
    env.services.attendees.setFrozen(report.id, list.id, true);
    env.services.attendees.save({ ...env.services.attendees.get(list.id), rows: [{ ...emptyRow('a', 0), fullName: 'Sau' }] });
    expect(names()).toEqual([[true, 'Trước']]);
    env.services.attendees.setFrozen(report.id, list.id, false);
    expect(names()).toEqual([[false, 'Sau']]);
    env.services.attendees.detach(report.id, list.id);
    expect(names()).toEqual([]);
    expect(() => env.services.attendees.setFrozen(report.id, list.id, true)).toThrow(/chưa được đính kèm/);
  });
});

describe('list name', () => {
  it('follows the title of its document', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu', 'Danh sách cũ');
    const list = env.services.attendees.getForDocument(doc.id);
    expect(list.name).toBe('Danh sách cũ');
    env.services.documents.save(doc.id, { title: 'Danh sách đại biểu dự Đại hội', frame: doc.frame, body: doc.body, portal: doc.portal });
    expect(env.services.attendees.get(list.id).name).toBe('Danh sách đại biểu dự Đại hội');
    expect(env.services.attendees.list().find((item) => item.id === list.id)?.name).toBe('Danh sách đại biểu dự Đại hội');
  });
});
