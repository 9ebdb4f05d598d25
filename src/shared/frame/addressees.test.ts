import { describe, expect, it } from 'vitest';
import { EMPTY_FRAME, type Frame } from '../document/frame';
import { addresseeBlock, addresseeItems, addresseeLines } from './addressees';
import { frameTextLines, frameView, type FrameProfile } from './frame-view';
import { frameRecipientLines } from './recipients';

describe('Kính gửi (ô 9a, docs/nd30-rules.md §16)', () => {
  const cases: Array<[string, string[] | undefined, string[]]> = [
    ['one addressee on the same line', ['Ủy ban nhân dân phường Thanh Xuân'], ['Kính gửi: Ủy ban nhân dân phường Thanh Xuân']],
    ['several: one a line, "- …;" and the last "."', ['Thường trực Đảng ủy phường', 'Ủy ban nhân dân phường'], ['Kính gửi:', '- Thường trực Đảng ủy phường;', '- Ủy ban nhân dân phường.']],
    ['typed with marks, punctuation, the label and blank lines', ['Kính gửi: - Các tổ chức thành viên;', '', '+ Ban Công tác Mặt trận các khu dân cư.', ' - các tổ chức thành viên '], ['Kính gửi:', '- Các tổ chức thành viên;', '- Ban Công tác Mặt trận các khu dân cư.']],
    ['one typed with its label', ['kính gửi:  Đồng chí Nguyễn Văn An, Chủ tịch'], ['Kính gửi: Đồng chí Nguyễn Văn An, Chủ tịch']],
    ['several typed in one line field with line breaks', ['A\nB'], ['Kính gửi:', '- A;', '- B.']],
    ['decomposed accents become NFC', ['Ủy ban nhân dân'.normalize('NFD')], ['Kính gửi: Ủy ban nhân dân']],
    ['none', ['', ' - ;'], []],
    ['absent (stored before the field existed)', undefined, []],
  ];
  it.each(cases)('%s', (_name, typed, printed) => {
    expect(addresseeLines(addresseeBlock(typed))).toEqual(printed);
  });

  it('puts the dashes under the colon: the lead names the label, the items carry the marks', () => {
    expect(addresseeBlock(['A', 'B'])).toEqual({ lead: 'Kính gửi:', items: ['- A;', '- B.'] });
    expect(addresseeBlock(['A'])).toEqual({ lead: 'Kính gửi: A', items: [] });
    expect(addresseeItems(['- A;', 'A'])).toEqual(['A']);
  });

  it('opens Nơi nhận with "Như trên" whenever there is a Kính gửi', () => {
    const frame = { recipients: ['Các tổ chức thành viên'], addressees: ['Ủy ban nhân dân phường'] };
    expect(frameRecipientLines(frame, 'Lưu: VT')).toEqual(['- Như trên;', '- Các tổ chức thành viên;', '- Lưu: VT.']);
    expect(frameRecipientLines({ ...frame, recipients: ['Như trên', 'Lưu: VT, BTT'] }, 'Lưu: VT')).toEqual(['- Như trên;', '- Lưu: VT, BTT.']);
    expect(frameRecipientLines({ ...frame, addressees: [] }, 'Lưu: VT')).toEqual(['- Các tổ chức thành viên;', '- Lưu: VT.']);
  });

  it('stands after the căn cứ in the frame every door reads (sheet, Word, CLI)', () => {
    const profile: FrameProfile = { place: 'Thanh Xuân', archiveLine: 'Lưu: VT', signer: { authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } };
    const frame: Frame = { ...EMPTY_FRAME, number: '12', symbol: 'CV-MTTQ-BTT', date: '2024-03-05', summary: 'Về việc tổ chức hội nghị', addressees: ['Các tổ chức thành viên', 'Ban Công tác Mặt trận các khu dân cư'] };
    const view = frameView(frame, profile);
    expect(view.congVanSummary).toBe('V/v tổ chức hội nghị');
    expect(frameTextLines(view).head.slice(-3)).toEqual(['Kính gửi:', '- Các tổ chức thành viên;', '- Ban Công tác Mặt trận các khu dân cư.']);
    expect(frameTextLines(view).closing.slice(0, 3)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
  });
});
