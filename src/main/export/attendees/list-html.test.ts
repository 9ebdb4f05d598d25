import { describe, expect, it } from 'vitest';
import { emptyRow, type AttendeeList } from '../../../shared/attendee/attendee-list';
import { attendanceSentenceHtml, attendeeListHtml } from './list-html';

const list: AttendeeList = {
  id: '01900000-0000-7000-8000-000000000000',
  documentId: null,
  name: 'DS',
  groups: ['A. ĐẠI BIỂU THÀNH PHỐ', 'B. ĐẠI BIỂU QUẬN'],
  extraColumns: [],
  updatedAt: '2024-01-31T00:00:00.000Z',
  rows: [
    { ...emptyRow('1', 0, 'B. ĐẠI BIỂU QUẬN'), fullName: 'Lê <script>alert(1)</script> C', title: 'Chủ tịch' },
    { ...emptyRow('2', 1, 'A. ĐẠI BIỂU THÀNH PHỐ'), fullName: 'Nguyễn Văn A', unit: 'Ủy ban MTTQ & cộng sự' },
    { ...emptyRow('3', 2, 'A. ĐẠI BIỂU THÀNH PHỐ'), fullName: 'Vắng Mặt', present: false },
  ],
};

describe('attendeeListHtml', () => {
  it('writes a clean table with groups spanning all columns and STT across groups', () => {
    const html = attendeeListHtml(list);
    expect(html).toContain('<th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Đơn vị</th><th>Ghi chú</th>');
    expect(html).toContain('<tr><td colspan="5"><strong>A. ĐẠI BIỂU THÀNH PHỐ</strong></td></tr>');
    expect(html.indexOf('Nguyễn Văn A')).toBeLessThan(html.indexOf('B. ĐẠI BIỂU QUẬN'));
    expect(html).toMatch(/<td style="text-align: ?center">3<\/td><td>Lê &lt;script&gt;alert\(1\)&lt;\/script&gt; C<\/td>/);
    expect(html).toContain('Ủy ban MTTQ &amp; cộng sự');
    expect(html).toContain('<p><em>Tổng số: 3 đại biểu</em></p>');
  });
  it('can leave absent people out', () => {
    expect(attendeeListHtml(list, { presentOnly: true })).not.toContain('Vắng Mặt');
  });
  it('escapes the sentence', () => {
    expect(attendanceSentenceHtml('Dự hội nghị có: <b>x</b>.')).toBe('<p>Dự hội nghị có: &lt;b&gt;x&lt;/b&gt;.</p>');
  });
});
