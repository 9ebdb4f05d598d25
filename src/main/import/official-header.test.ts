import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../shared/document/body';
import { readOfficialClosing } from './official-closing';
import { readOfficialHeader } from './official-header';

const t = (text: string, bold = false): BodyNode => (bold ? { type: 'text', text, marks: [{ type: 'bold' }] } : { type: 'text', text });
const p = (text: string, options: { bold?: boolean; center?: boolean } = {}): BodyNode => ({
  type: 'paragraph',
  ...(options.center ? { attrs: { textAlign: 'center' } } : {}),
  content: [t(text, options.bold)],
});
const cell = (...paragraphs: BodyNode[]): BodyNode => ({ type: 'tableCell', content: paragraphs });
const row = (...cells: BodyNode[]): BodyNode => ({ type: 'tableRow', content: cells });

describe('readOfficialHeader', () => {
  it('reads a header typed as plain paragraphs (Word paste without a table)', () => {
    const blocks = [
      p('ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH XUÂN', { center: true }),
      p('BAN THƯỜNG TRỰC', { bold: true, center: true }),
      p('Số:     /KH-MTTQ-BTT', { center: true }),
      p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
      p('Độc lập – Tự do – Hạnh phúc', { bold: true }),
      p('Thanh Xuân, ngày      tháng 3 năm 2025'),
      p('KẾ HOẠCH', { bold: true, center: true }),
      p('Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025', { bold: true, center: true }),
      p('Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;'),
      p('Căn cứ Chương trình công tác năm 2025,'),
      p('Ban Thường trực xây dựng kế hoạch như sau:'),
    ];
    const reading = readOfficialHeader(blocks);
    expect(reading?.frame).toMatchObject({
      parentBody: ['ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH XUÂN'],
      issuingBody: ['BAN THƯỜNG TRỰC'],
      number: '',
      symbol: 'KH-MTTQ-BTT',
      place: 'Thanh Xuân',
      date: null,
      documentType: 'KẾ HOẠCH',
      summary: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025',
      legalBases: ['Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam', 'Căn cứ Chương trình công tác năm 2025'],
    });
    expect(reading?.title).toBe('Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025');
    expect(reading?.kind).toBe('other');
    expect(reading?.body).toEqual([p('Ban Thường trực xây dựng kế hoạch như sau:')]);
  });

  it('takes the parent line apart from the bold issuing body', () => {
    const blocks = [
      p('ỦY BAN MTTQ VIỆT NAM'),
      p('QUẬN THANH XUÂN'),
      p('BAN THƯỜNG TRỰC', { bold: true }),
      p('Số: 5/BC-MTTQ-BTT'),
      p('Thanh Xuân, ngày 9 tháng 2 năm 2024'),
      p('Nội dung'),
    ];
    expect(readOfficialHeader(blocks)?.frame).toMatchObject({ parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN THANH XUÂN'], issuingBody: ['BAN THƯỜNG TRỰC'], number: '5', date: '2024-02-09' });
  });

  it('reads a công văn: V/v trích yếu under the number', () => {
    const header: BodyNode = {
      type: 'table',
      content: [row(cell(p('ỦY BAN MTTQ VIỆT NAM QUẬN THANH XUÂN', { bold: true }), p('Số: 07/MTTQ-BTT'), p('V/v tổ chức Hội nghị lần thứ Sáu')), cell(p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), p('Độc lập - Tự do - Hạnh phúc'), p('Thanh Xuân, ngày 15 tháng 7 năm 2024')))],
    };
    const reading = readOfficialHeader([header, p('Kính gửi: Các tổ chức thành viên.')]);
    expect(reading?.frame).toMatchObject({ issuingBody: ['ỦY BAN MTTQ VIỆT NAM QUẬN THANH XUÂN'], number: '07', symbol: 'MTTQ-BTT', date: '2024-07-15', summary: 'tổ chức Hội nghị lần thứ Sáu', documentType: '' });
    expect(reading?.title).toBeNull();
    // Kính gửi goes into its frame field (docs/nd30-rules.md §16), not the body.
    expect(reading?.frame.addressees).toEqual(['Các tổ chức thành viên']);
    expect(reading?.body).toHaveLength(0);
    const several = readOfficialHeader([header, p('Kính gửi:'), p('- Các tổ chức thành viên;'), p('- Ban Công tác Mặt trận các khu dân cư.'), p('Thực hiện …')]);
    expect(several?.frame.addressees).toEqual(['Các tổ chức thành viên', 'Ban Công tác Mặt trận các khu dân cư']);
    expect(several?.body).toHaveLength(1);
  });

  it('leaves ordinary documents alone', () => {
    expect(readOfficialHeader([p('Sáng ngày 31/01/2024, Ủy ban MTTQ …'), p('Dự hội nghị có …')])).toBeNull();
    expect(readOfficialHeader([p('BÁO CÁO', { bold: true }), p('Một đoạn')])).toBeNull();
    expect(readOfficialHeader([])).toBeNull();
  });

  it('refuses an impossible date rather than storing it', () => {
    const reading = readOfficialHeader([p('Số: 1/BC-MTTQ'), p('Hà Nội, ngày 31 tháng 02 năm 2024'), p('x')]);
    expect(reading?.frame.place).toBe('Hà Nội');
    expect(reading?.frame.date).toBeNull();
  });
});

describe('readOfficialClosing', () => {
  it('reads Nơi nhận and the signer, and turns the end mark back into a full stop', () => {
    const closing: BodyNode = {
      type: 'table',
      content: [row(cell(p('Nơi nhận:', { bold: true }), p('- Thường trực Quận ủy (để b/c);'), p('- Các tổ chức thành viên;'), p('- Lưu: VT.')), cell(p('KT. CHỦ TỊCH', { bold: true }), p('PHÓ CHỦ TỊCH', { bold: true }), p('Nguyễn Xuân Hải', { bold: true })))],
    };
    const reading = readOfficialClosing([p('Trên đây là báo cáo./.'), closing]);
    expect(reading).toEqual({
      recipients: ['Thường trực Quận ủy (để b/c)', 'Các tổ chức thành viên'],
      signer: { authority: 'KT.', authorityOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Xuân Hải' },
      body: [p('Trên đây là báo cáo.')],
    });
  });

  it('needs the Nơi nhận label in a final table', () => {
    expect(readOfficialClosing([p('a'), { type: 'table', content: [row(cell(p('x')), cell(p('y')))] }])).toBeNull();
    expect(readOfficialClosing([p('Nơi nhận:')])).toBeNull();
  });
});
