/** The small rules behind the Word export, one by one. */
import { describe, expect, it } from 'vitest';
import type { BodyDoc, BodyNode } from '../../../shared/document/body';
import { DEFAULT_PROFILE } from '../../../shared/profile/profile';
import { makePng } from '../../../../tests/support/png-image';
import { samplePledge, SAMPLE_PROFILE, table } from '../../../../tests/support/docx-samples';
import { appendixLabel, attachedToText, romanNumeral } from './appendix';
import { createContext } from './context';
import { withEndMark } from './end-mark';
import { documentFileName } from '../../../shared/document/document-file-name';
import { imagePixelSize } from '../../images/image-header';
import { fitFigure, FIGURE_MAX_HEIGHT_PX } from '../../../shared/document/figure-size';
import { mmToTwips, pageGeometry } from './page-setup';
import { partiesFromSigner } from './signature-grid';
import { gridColumnCount, gridLayout } from '../../../shared/pledge/signature-layout';
import { spliceTables } from './raw-tables';
import { bodyTableXml, columnWidthsTwips, isWideTable, tableShape } from './tables';
import { estimateTextWidthTwips } from './text-width';

const doc = (...content: BodyNode[]): BodyDoc => ({ type: 'doc', content });
const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const lastText = (body: BodyDoc): string => JSON.stringify(body).match(/"text":"([^"]*)"(?!.*"text")/)?.[1] ?? '';

describe('page geometry', () => {
  it('converts the default margins to the twips of docs/nd30-rules.md §1', () => {
    expect([mmToTwips(20), mmToTwips(30), mmToTwips(15), mmToTwips(25), mmToTwips(35)]).toEqual([1134, 1701, 850, 1417, 1984]);
    const geometry = pageGeometry(DEFAULT_PROFILE.page);
    expect(geometry.textWidthTwips).toBe(11906 - 1701 - 850);
    expect(geometry.landscapeTextWidthTwips).toBe(16838 - 1701 - 850);
  });
});

describe('text width estimate', () => {
  it('matches the reference widths of docs/nd30-rules.md §2.2 within 2 mm', () => {
    const mm = (twips: number) => twips / 56.69;
    expect(Math.abs(mm(estimateTextWidthTwips('Độc lập - Tự do - Hạnh phúc', 26, true)) - 56)).toBeLessThan(2);
    expect(Math.abs(mm(estimateTextWidthTwips('Độc lập - Tự do - Hạnh phúc', 28, true)) - 60)).toBeLessThan(2);
    expect(Math.abs(mm(estimateTextWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, true)) - 88)).toBeLessThan(2);
    expect(Math.abs(mm(estimateTextWidthTwips('BAN THƯỜNG TRỰC', 24, true)) - 42)).toBeLessThan(2);
  });
  it('ignores tone marks and treats đ as d', () => {
    expect(estimateTextWidthTwips('Đường', 28, false)).toBe(estimateTextWidthTwips('Duong', 28, false));
  });
});

describe('end mark "./."', () => {
  it('turns a final "." into "./." and adds it after other endings', () => {
    expect(lastText(withEndMark(doc(para('Xong.'))))).toBe('Xong./.');
    expect(lastText(withEndMark(doc(para('Xong'))))).toBe('Xong./.');
    expect(lastText(withEndMark(doc(para('Xong./.'))))).toBe('Xong./.');
  });
  it('skips trailing empty paragraphs and looks into a final list', () => {
    const body = doc(para('Mở đầu'), { type: 'bulletList', content: [{ type: 'listItem', content: [para('ý cuối;')] }] }, { type: 'paragraph' });
    expect(JSON.stringify(withEndMark(body))).toContain('ý cuối;./.');
  });
  const cellTexts = (node: BodyNode | undefined): string[] => (node?.content ?? []).map((cell) => (cell.content ?? []).map((paragraph) => (paragraph.content ?? []).map((text) => text.text ?? '').join('')).join('\n'));
  it.each([
    ['the last cell', ['1', 'Nguyễn Văn An', 'Tổ trưởng'], ['1', 'Nguyễn Văn An', 'Tổ trưởng./.']],
    ['the last cell with text (an empty Ghi chú is skipped)', ['1', 'Nguyễn Văn An', ''], ['1', 'Nguyễn Văn An./.', '']],
    ['a cell ending with "."', ['1', 'Đạt 100%.', ''], ['1', 'Đạt 100%./.', '']],
    ['a cell already marked', ['1', 'Xong./.', ''], ['1', 'Xong./.', '']],
  ])('puts it after the text of a final table in %s, never on a line of its own (§5.1)', (_case, row, markedRow) => {
    const body = doc(para('Trước'), table(['STT', 'Nội dung', 'Ghi chú'], [['0', 'Đầu', ''], row]));
    const marked = withEndMark(body);
    expect(marked.content).toHaveLength(2);
    expect(cellTexts(marked.content[1]?.content?.at(-1))).toEqual(markedRow);
    expect(JSON.stringify(marked).match(/\.\/\./g)).toHaveLength(1);
    expect(cellTexts(body.content[1]?.content?.at(-1))).toEqual(row);
  });
  it('adds its own paragraph after a final figure or an empty table row, and leaves the input alone', () => {
    const emptyRow = doc(para('Trước'), table(['A', 'B'], [['', '']]));
    expect(withEndMark(emptyRow).content.at(-1)).toEqual(para('./.'));
    expect(emptyRow.content).toHaveLength(2);
    const figure = doc(para('Trước'), { type: 'figure', attrs: { imageId: 'x' }, content: [{ type: 'text', text: 'Ảnh' }] });
    expect(withEndMark(figure).content.at(-1)).toEqual(para('./.'));
  });
});

describe('table widths', () => {
  const cell = (colwidth: number[] | null, colspan = 1): BodyNode => ({ type: 'tableCell', attrs: { colspan, rowspan: 1, colwidth }, content: [para('x')] });
  it('scales editor widths to the text width and fills the unknown ones', () => {
    const node: BodyNode = { type: 'table', content: [{ type: 'tableRow', content: [cell([100]), cell(null), cell([300])] }] };
    const shape = tableShape(node);
    expect(shape).toEqual({ columnCount: 3, columnWidthsPx: [100, null, 300] });
    const widths = columnWidthsTwips(shape, 9000);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9000);
    expect(widths[0]).toBe(Math.floor((100 / 600) * 9000));
    expect(widths[1]).toBe(Math.floor((200 / 600) * 9000));
  });
  it('counts columns through colspans and calls wide only what cannot fit portrait', () => {
    const ctx = createContext(SAMPLE_PROFILE, () => undefined);
    const six: BodyNode = { type: 'table', content: [{ type: 'tableRow', content: [cell(null, 4), cell(null, 2)] }] };
    expect(tableShape(six).columnCount).toBe(6);
    // Six short columns fit a portrait page by their content.
    expect(isWideTable(six, ctx)).toBe(false);
    const words = table(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Thư điện tử', 'Ghi chú'], [['1', 'Nguyễn Văn An', '1970', 'Chủ tịch', 'Phường Khương Đình', '0243 555 010', 'nguyenvanan.mttq@hanoi.gov.vn', '']]);
    expect(isWideTable(words, ctx)).toBe(true);
    const tooWide: BodyNode = { type: 'table', content: [{ type: 'tableRow', content: [cell([400]), cell([400])] }] };
    expect(isWideTable(tooWide, ctx)).toBe(true);
    expect(isWideTable(table(['A', 'B', 'C', 'D', 'E'], []), ctx)).toBe(false);
  });
});

describe('images', () => {
  it('reads the pixel size of a PNG and fits it to the width, never enlarging', () => {
    expect(imagePixelSize(makePng(321, 123))).toEqual({ width: 321, height: 123 });
    expect(imagePixelSize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(imagePixelSize(makePng(0, 10))).toBeNull();
    expect(fitFigure(1200, 600, 600)).toEqual({ width: 600, height: 300 });
    expect(fitFigure(300, 200, 600)).toEqual({ width: 300, height: 200 });
    // A portrait photo stops at the height cap (120 mm), its aspect kept.
    expect(FIGURE_MAX_HEIGHT_PX).toBe(453);
    expect(fitFigure(800, 1000, 604)).toEqual({ width: 362, height: 453 });
  });
  it('reads a JPEG start-of-frame', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x03]);
    expect(imagePixelSize(jpeg)).toEqual({ width: 600, height: 300 });
  });
});

describe('signature grid layout', () => {
  it('uses 2 columns up to 6 parties and 3 from 7', () => {
    expect([1, 2, 6, 7, 9].map(gridColumnCount)).toEqual([2, 2, 2, 3, 3]);
  });
  it('puts the host top-right and the others left to right, top to bottom', () => {
    expect(gridLayout(1)).toEqual([[null, 0]]);
    expect(gridLayout(4)).toEqual([[1, 0], [2, 3]]);
    expect(gridLayout(5)).toEqual([[1, 0], [2, 3], [4, null]]);
    expect(gridLayout(7)).toEqual([[1, 2, 0], [3, 4, 5], [6, null, null]]);
    expect(gridLayout(0)).toEqual([]);
  });
  it('derives the single party from the frame signer', () => {
    const ctx = createContext(SAMPLE_PROFILE, () => undefined);
    expect(partiesFromSigner(samplePledge().frame, ctx)).toEqual([{ authorityLine: 'TM. BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Khổng Minh Thảo' }]);
  });
});

describe('appendix wording', () => {
  it('numbers appendices in Roman numerals when there are several', () => {
    expect([romanNumeral(1), romanNumeral(4), romanNumeral(9), romanNumeral(14)]).toEqual(['I', 'IV', 'IX', 'XIV']);
    expect([appendixLabel(0, 1), appendixLabel(1, 3)]).toEqual(['Phụ lục', 'Phụ lục II']);
  });
  it('builds the "Kèm theo" line from the frame', () => {
    const ctx = createContext(SAMPLE_PROFILE, () => undefined);
    const frame = { ...samplePledge().frame, documentType: 'BÁO CÁO', number: '12', symbol: 'BC-MTTQ-BTT' };
    expect(attachedToText(frame, ctx)).toBe('Kèm theo Báo cáo số 12/BC-MTTQ-BTT ngày 31 tháng 01 năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân');
  });
});

describe('file name', () => {
  it('is the title with the number and symbol first, Vietnamese kept (docs/nd30-rules.md §17)', () => {
    expect(documentFileName(samplePledge(), 'docx')).toBe('01-GƯTĐ-MTTQ-BTT Giao ước thi đua năm 2024.docx');
    expect(documentFileName({ ...samplePledge(), frame: { ...samplePledge().frame, number: '' } }, 'pdf')).toBe('Giao ước thi đua năm 2024.pdf');
  });
});

describe('raw table markup', () => {
  const ctx = () => createContext(SAMPLE_PROFILE, () => undefined);
  it('pads a short row to the full grid and writes nothing invalid for an empty table', () => {
    const short: BodyNode = { type: 'table', content: [{ type: 'tableRow', content: [para('a'), para('b'), para('c')].map((content) => ({ type: 'tableCell', content: [content] })) }, { type: 'tableRow', content: [{ type: 'tableCell', content: [para('d')] }] }] };
    const xml = bodyTableXml(short, ctx(), 9000);
    const secondRow = xml.match(/<w:tr>.*?<\/w:tr>/gs)?.[1] ?? '';
    expect(secondRow).toContain('<w:gridSpan w:val="2"/>');
    expect(bodyTableXml({ type: 'table', content: [] }, ctx(), 9000)).toBe('<w:p/>');
  });
  it('escapes text and drops characters XML cannot hold', () => {
    const xml = bodyTableXml(table(['A & B'], [['<x>\u0007']]), ctx(), 9000);
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('&lt;x&gt;</w:t>');
  });
  it('splices table markup in place of its placeholder paragraph only', () => {
    const document = '<w:body><w:p w14:paraId="1"><w:pPr/><w:r><w:t>trước</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">\uE000thuky-table:0\uE001</w:t></w:r></w:p><w:p><w:r><w:t>sau</w:t></w:r></w:p></w:body>';
    expect(spliceTables(document, ['<w:tbl/>'])).toBe('<w:body><w:p w14:paraId="1"><w:pPr/><w:r><w:t>trước</w:t></w:r></w:p><w:tbl/><w:p><w:r><w:t>sau</w:t></w:r></w:p></w:body>');
  });
});
