import { describe, expect, it } from 'vitest';
import { EMPTY_FRAME, type Frame } from '../document/frame';
import { EMPTY_SIGNER, type Signer } from '../document/signer';
import { frameTextLines, frameView, type FrameProfile } from './frame-view';
import { legalBasisLines } from './legal-bases';
import { recipientLines } from './recipients';
import { signerBlock } from './signer-block';
import { congVanSummaryLine } from './summary';

describe('căn cứ punctuation', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['none typed', ['Căn cứ Luật A', 'Căn cứ Chương trình B'], ['Căn cứ Luật A;', 'Căn cứ Chương trình B.']],
    ['typed ";" and "." in the wrong places', ['Căn cứ A.', ' Căn cứ B; ', '', 'Căn cứ C;'], ['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']],
    ['typed "," ":" and spaces', ['Căn cứ A ,', 'Căn cứ B:  '], ['Căn cứ A;', 'Căn cứ B.']],
    ['one line', ['Căn cứ Điều lệ MTTQ Việt Nam;'], ['Căn cứ Điều lệ MTTQ Việt Nam.']],
    ['nothing', ['', '  '], []],
    ['decomposed accents become NFC', ['Căn cứ Luật'.normalize('NFD')], ['Căn cứ Luật.']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(legalBasisLines(input)).toEqual(expected);
  });
});

describe('nơi nhận lines', () => {
  const cases: Array<[string, string[], string, string[]]> = [
    ['plain items + profile archive', ['Các tổ chức thành viên', 'Ủy ban MTTQ phường'], 'Lưu: VT', ['- Các tổ chức thành viên;', '- Ủy ban MTTQ phường;', '- Lưu: VT.']],
    ['typed the way clerks type (Lưu once)', ['- Như trên;', '- Lưu: VT.'], 'Lưu: VT', ['- Như trên;', '- Lưu: VT.']],
    ['clerk archive wording wins', ['Như trên', 'Lưu: VT, BTT'], 'Lưu: VT', ['- Như trên;', '- Lưu: VT, BTT.']],
    ['archive typed first goes last', ['Lưu VT', 'Thường trực Đảng ủy phường (để b/c).'], 'Lưu: VT', ['- Thường trực Đảng ủy phường (để b/c);', '- Lưu: VT.']],
    ['"Như trên" moves first, once', ['Ban Thường trực', '+ Như trên', 'như trên;'], 'Lưu: VT', ['- Như trên;', '- Ban Thường trực;', '- Lưu: VT.']],
    ['a typed heading and blank lines dropped', ['Nơi nhận:', '', '– Các ban;', '• Lưu: VT;'], 'Lưu: VT', ['- Các ban;', '- Lưu: VT.']],
    ['duplicates once', ['Các ban', 'các ban;'], '', ['- Các ban.']],
    ['no profile archive', ['Các ban'], '', ['- Các ban.']],
    ['profile archive typed with a dot', [], 'Lưu: VT.', ['- Lưu: VT.']],
    ['lower-case "lưu vt" normalised', ['lưu vt'], 'Lưu: VT', ['- Lưu: vt.']],
    ['two lines in one item', ['Các ban\n- Lưu: VT'], 'Lưu: VT', ['- Các ban;', '- Lưu: VT.']],
    ['nothing at all', [], '', []],
  ];
  it.each(cases)('%s', (_name, input, archive, expected) => {
    expect(recipientLines(input, archive)).toEqual(expected);
  });
  it('never prints "Lưu" twice whatever was typed', () => {
    for (const typed of ['- Lưu: VT.', 'Lưu VT', 'LƯU: VT;', 'Lưu: VT, BTT.']) {
      const lines = recipientLines(['Như trên', typed, 'Lưu: VT'], 'Lưu: VT');
      expect(lines.filter((line) => /lưu/iu.test(line))).toHaveLength(1);
      expect(lines.at(-1)).toMatch(/^- Lưu: .*\.$/u);
    }
  });
});

describe('V/v of a công văn', () => {
  const cases: Array<[string, string]> = [
    ['tổ chức hội nghị', 'V/v tổ chức hội nghị'],
    ['V/v tổ chức hội nghị', 'V/v tổ chức hội nghị'],
    ['v/v: tổ chức hội nghị', 'V/v tổ chức hội nghị'],
    ['V/V tổ chức', 'V/v tổ chức'],
    ['Về việc tổ chức hội nghị', 'V/v tổ chức hội nghị'],
    ['  ', ''],
  ];
  it.each(cases)('%s', (input, expected) => expect(congVanSummaryLine(input)).toBe(expected));
});

describe('signer block', () => {
  const profileSigner: Signer = { authority: 'TM.', authorityOf: 'Ban Thường trực', title: 'Chủ tịch', name: 'Nguyễn Văn A' };
  it.each<[string, Signer, string[], string]>([
    ['empty document signer takes the profile', EMPTY_SIGNER, ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], 'Nguyễn Văn A'],
    ['own signer wins', { authority: 'KT.', authorityOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: ' Trần Thị B ' }, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Trần Thị B'],
    ['a name only', { ...EMPTY_SIGNER, name: 'Lê C' }, [], 'Lê C'],
  ])('%s', (_name, own, heading, name) => {
    expect(signerBlock(own, profileSigner)).toEqual({ heading, name });
  });
});

describe('the whole frame', () => {
  const profile: FrameProfile = { place: 'Thanh Xuân', archiveLine: 'Lưu: VT', signer: { authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } };
  const frame: Frame = {
    ...EMPTY_FRAME,
    parentBody: ['Ủy ban MTTQ Việt Nam', 'phường Thanh Xuân'],
    issuingBody: ['Ban Thường trực'],
    number: '5',
    symbol: 'BC-MTTQ-BTT',
    date: '2024-01-31',
    documentType: 'Báo cáo',
    summary: 'Kết quả hội nghị',
    legalBases: ['Căn cứ A'],
    recipients: ['- Như trên;', '- Lưu: VT.'],
  };
  it('reads the same lines for every door', () => {
    const view = frameView(frame, profile);
    expect(view.placeDateLine).toBe('Thanh Xuân, ngày 31 tháng 01 năm 2024');
    expect(view.numberLine).toBe('Số: 05/BC-MTTQ-BTT');
    expect(frameTextLines(view)).toEqual({
      head: ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG THANH XUÂN', 'BAN THƯỜNG TRỰC', 'Số: 05/BC-MTTQ-BTT', 'Thanh Xuân, ngày 31 tháng 01 năm 2024', 'BÁO CÁO', 'Kết quả hội nghị', 'Căn cứ A.'],
      closing: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn A'],
    });
  });
  it('puts a công văn trích yếu under Số as V/v, and the document place wins', () => {
    const view = frameView({ ...frame, documentType: '', summary: 'về việc góp ý', place: 'Hà Nội' }, profile);
    expect(view.congVanSummary).toBe('V/v góp ý');
    expect(view.summaryLines).toEqual([]);
    expect(view.placeDateLine).toBe('Hà Nội, ngày 31 tháng 01 năm 2024');
  });
});
