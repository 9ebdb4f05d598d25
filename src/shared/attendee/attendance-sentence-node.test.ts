import { describe, expect, it } from 'vitest';
import { BodyDoc, bodyText, type BodyNode } from '../document/body';
import { emptyRow, type AttendeeList, type AttendeeRow } from './attendee-list';
import { attendanceSentenceNode, liveSentenceListIds, MISSING_LIST_TEXT, resolveAttendanceSentences } from './attendance-sentence-node';

const LIST_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function row(id: string, order: number, fields: Partial<AttendeeRow>): AttendeeRow {
  return { ...emptyRow(id, order), ...fields };
}

function list(rows: AttendeeRow[]): AttendeeList {
  return { id: LIST_ID, documentId: null, name: 'Đại biểu hội nghị', groups: [], extraColumns: [], rows, updatedAt: '2026-11-27T00:00:00.000Z' };
}

const guests = [
  row('a', 0, { honorific: 'Đồng chí', fullName: 'Nguyễn Văn An', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam quận Thanh Xuân', protocolRank: 1 }),
  row('b', 1, { honorific: 'Bà', fullName: 'Trần Thị Bình', title: 'Giám đốc', unit: 'Công ty X', protocolRank: 2 }),
  row('c', 2, { fullName: 'Lê Văn Cường' }),
];

const body = (...nodes: BodyNode[]): BodyDoc => ({ type: 'doc', content: nodes });
const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('resolveAttendanceSentences', () => {
  it('replaces the node with a paragraph holding the live sentence, in place', () => {
    const doc = body(para('Mở đầu'), attendanceSentenceNode({ listId: LIST_ID, leadingRowIds: null, frozenText: null }), para('Kết'));
    const resolved = resolveAttendanceSentences(doc, (id) => (id === LIST_ID ? list(guests) : undefined));
    expect(resolved.content.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(bodyText(resolved.content[1]!)).toBe(
      'Dự hội nghị có: đồng chí Nguyễn Văn An - Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân; bà Trần Thị Bình - Giám đốc Công ty X và 1 đại biểu khác.',
    );
    expect(BodyDoc.safeParse(resolved).success).toBe(true);
    // The input is not changed: the stored body keeps its reference.
    expect(doc.content[1]!.type).toBe('attendanceSentence');
  });

  it('follows edits to the list and names only the chosen guests', () => {
    const doc = body(attendanceSentenceNode({ listId: LIST_ID, leadingRowIds: ['b'], frozenText: null }));
    const renamed = guests.map((guest) => (guest.id === 'b' ? { ...guest, fullName: 'Trần Thị Bảo' } : guest));
    const text = bodyText(resolveAttendanceSentences(doc, () => list(renamed)));
    expect(text).toContain('bà Trần Thị Bảo - Giám đốc Công ty X');
    // The one chair not chosen is still named with the role and place, not hidden among "đại biểu khác".
    expect(text).toContain('bà Trần Thị Bảo - Giám đốc Công ty X; đồng chí Nguyễn Văn An - Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân và 1 đại biểu khác.');
  });

  it('uses the frozen text and does not read the list', () => {
    const doc = body(attendanceSentenceNode({ listId: LIST_ID, leadingRowIds: null, frozenText: 'Dự hội nghị có: 40 đại biểu.' }));
    let lookups = 0;
    const resolved = resolveAttendanceSentences(doc, () => {
      lookups++;
      return list(guests);
    });
    expect(bodyText(resolved)).toBe('Dự hội nghị có: 40 đại biểu.');
    expect(lookups).toBe(0);
    expect(liveSentenceListIds(doc)).toEqual([]);
  });

  it('shows a visible placeholder when the list is gone', () => {
    const doc = body({ type: 'blockquote', content: [attendanceSentenceNode({ listId: LIST_ID, leadingRowIds: null, frozenText: null })] });
    const resolved = resolveAttendanceSentences(doc, () => undefined);
    expect(resolved.content[0]!.content![0]).toEqual(para(MISSING_LIST_TEXT));
    expect(liveSentenceListIds(doc)).toEqual([LIST_ID]);
  });

  it('returns a body without sentences unchanged (same object)', () => {
    const doc = body(para('Không có câu thành phần'));
    expect(resolveAttendanceSentences(doc, () => list(guests))).toBe(doc);
  });

  it('is accepted by the document model with its attributes', () => {
    const doc = body(attendanceSentenceNode({ listId: LIST_ID, leadingRowIds: ['a', 'b'], frozenText: null }));
    const parsed = BodyDoc.safeParse(doc);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(parsed.data?.content[0]?.attrs).toEqual({ listId: LIST_ID, leadingRowIds: ['a', 'b'], frozenText: null });
  });
});
