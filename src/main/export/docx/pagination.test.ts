/**
 * Pagination a văn thư expects, pinned in the XML: the body's last lines keep with the closing
 * (w:keepNext, widow control on), a table's last rows keep with it, rows never split, and tables get
 * widths by their content (no word or number broken, STT narrow, one alignment per column).
 */
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../shared/document/body';
import { bullets, h, p, SAMPLE_PROFILE, samplePledge, table } from '../../../../tests/support/docx-samples';
import { isBold, paragraphs, paragraphWith, readDocx, runs, runWith, sizeOf, tables, textOf } from '../../../../tests/support/docx-xml';
import { createContext } from './context';
import { QUOC_HIEU } from './header-block';
import { estimateTextWidthTwips } from './text-width';
import { bodyTableXml } from './tables';
import { fitColumnWidths, measureColumns, measureText } from './table-widths';
import { toDocx } from './to-docx';

const LONG = 'Ban Thường trực Ủy ban MTTQ Việt Nam phường đã chủ động phối hợp với các tổ chức thành viên, Ban Công tác Mặt trận các tổ dân phố triển khai kịp thời các nội dung công tác theo chương trình đề ra trong năm.';

async function exportBody(content: BodyNode[]) {
  const document = { ...samplePledge(), kind: 'report' as const, body: { type: 'doc' as const, content } };
  return readDocx(await toDocx(document, SAMPLE_PROFILE, () => undefined));
}

const keeps = (paragraph: string) => paragraph.includes('<w:keepNext/>');

describe('the end of the body keeps with the closing', () => {
  it('keeps a long last paragraph (its last lines, with widow control) and nothing before it', async () => {
    const parts = await exportBody([p(`Đầu. ${LONG}`), p(LONG)]);
    const body = paragraphs(parts.document);
    const last = body.findIndex((paragraph) => textOf(paragraph).startsWith('Ban Thường trực') && textOf(paragraph).endsWith('./.'));
    expect(last).toBeGreaterThan(0);
    expect(keeps(body[last] ?? '')).toBe(true);
    expect(keeps(body[last - 1] ?? '')).toBe(false);
    // Widow control for every paragraph: the kept paragraph brings at least two lines.
    expect(parts.xml('word/styles.xml')).toContain('<w:pPrDefault><w:pPr><w:widowControl/>');
    // The empty line between the body and the closing keeps with the closing row, which never splits.
    const closing = tables(parts.document).find((xml) => xml.includes('Nơi nhận:')) ?? '';
    expect(closing).toContain('<w:cantSplit/>');
    const before = parts.document.slice(0, parts.document.indexOf(closing));
    expect(keeps(paragraphs(before).at(-1) ?? '')).toBe(true);
  });

  it('keeps a one-line last paragraph together with the one before', async () => {
    const parts = await exportBody([p('Một.'), p(LONG), p('Xin trân trọng báo cáo.')]);
    expect(keeps(paragraphWith(parts.document, 'Xin trân trọng báo cáo'))).toBe(true);
    expect(keeps(paragraphWith(parts.document, 'Ban Thường trực Ủy ban'))).toBe(true);
    expect(keeps(paragraphWith(parts.document, 'Một.'))).toBe(false);
  });

  it('keeps only the last item of a final list, numbering unchanged', async () => {
    const parts = await exportBody([p(LONG), bullets('Thứ nhất dài dòng.', 'Thứ hai dài dòng.', `Thứ ba: ${LONG}`)]);
    expect(keeps(paragraphWith(parts.document, 'Thứ ba'))).toBe(true);
    expect(keeps(paragraphWith(parts.document, 'Thứ hai'))).toBe(false);
  });

  it('keeps the last two rows of a final table with the closing, not the others', async () => {
    const rows = Array.from({ length: 6 }, (_, index) => [String(index + 1), `Đơn vị ${index + 1}`, `${90 + index}%`]);
    const parts = await exportBody([h(2, 'I. KẾT QUẢ'), p(LONG), table(['STT', 'Đơn vị', 'Tỷ lệ'], rows)]);
    const body = tables(parts.document).find((xml) => xml.includes('Đơn vị 6')) ?? '';
    const trs = body.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(trs).toHaveLength(7);
    expect(trs.map((row) => keeps(row))).toEqual([true, false, false, false, false, true, true]);
    for (const row of trs) expect(row).toContain('<w:cantSplit/>');
  });

  it('ends a body that ends with a table with "./." in its last row, not on a line of its own (§5.1)', async () => {
    const rows = Array.from({ length: 4 }, (_, index) => [String(index + 1), `Đơn vị ${index + 1}`, index === 3 ? '' : `${90 + index}%`]);
    const parts = await exportBody([p(LONG), table(['STT', 'Đơn vị', 'Tỷ lệ'], rows)]);
    const body = tables(parts.document).find((xml) => xml.includes('Đơn vị 4')) ?? '';
    const lastRow = (body.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).at(-1) ?? '';
    const cells = (lastRow.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map(textOf);
    expect(cells).toEqual(['4', 'Đơn vị 4./.', '']);
    expect(paragraphs(parts.document).filter((paragraph) => textOf(paragraph).trim() === './.')).toEqual([]);
    expect(parts.document.match(/\.\/\./g)).toHaveLength(1);
  });

  it('leaves the body free when nothing follows it (a news article)', async () => {
    const document = { ...samplePledge(), kind: 'article' as const, body: { type: 'doc' as const, content: [p(LONG), p(LONG)] } };
    const parts = readDocx(await toDocx(document, SAMPLE_PROFILE, () => undefined));
    expect(paragraphs(parts.document).filter((paragraph) => textOf(paragraph).startsWith('Ban Thường trực')).some(keeps)).toBe(false);
  });
});

describe('the header at every allowed margin (docs/nd30-rules.md §2.3)', () => {
  const ORG = ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG THANH XUÂN'];
  it.each([
    ['A', 30, 15],
    ['A', 35, 20],
    ['B', 30, 15],
    ['B', 35, 20],
    ['B', 35, 15],
    ['B', 30, 20],
  ] as const)('preset %s, left %i mm, right %i mm: read from the XML, no header line wraps', async (preset, leftMm, rightMm) => {
    const profile = { ...SAMPLE_PROFILE, page: { ...SAMPLE_PROFILE.page, sizePreset: preset, marginLeftMm: leftMm, marginRightMm: rightMm } };
    const base = samplePledge();
    const document = { ...base, kind: 'report' as const, frame: { ...base.frame, parentBody: ORG, issuingBody: ['BAN THƯỜNG TRỰC'], number: '125', date: '2024-12-31' }, body: { type: 'doc' as const, content: [p('Một.')] } };
    const xml = readDocx(await toDocx(document, profile, () => undefined)).document;
    const header = tables(xml)[0] ?? '';
    const grid = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    const textWidth = 11906 - Math.round(leftMm * 56.6929) - Math.round(rightMm * 56.6929);
    expect(grid).toHaveLength(2);
    expect(Math.abs(grid[0]! + grid[1]! - textWidth)).toBeLessThanOrEqual(1);
    const firstRow = header.match(/<w:tr>.*?<\/w:tr>/s)?.[0] ?? '';
    const [leftCell, rightCell] = firstRow.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    // Every line of both cells at the size the XML gives it fits its column's width.
    for (const [cell, width] of [[leftCell ?? '', grid[0]!], [rightCell ?? '', grid[1]!]] as const) {
      for (const run of runs(cell).filter((run) => textOf(run).trim())) {
        expect(estimateTextWidthTwips(textOf(run), sizeOf(run) ?? 0, isBold(run)), textOf(run)).toBeLessThanOrEqual(width);
      }
    }
    expect(textOf(rightCell ?? '')).toContain(QUOC_HIEU);
    expect(sizeOf(runWith(rightCell ?? '', QUOC_HIEU))).toBe(preset === 'B' ? 26 : 24);
    // Preset B keeps 13 pt organisation names wherever they fit; only the widest margins shrink them to 12 pt.
    const orgSize = sizeOf(runWith(leftCell ?? '', 'ỦY BAN MTTQ'));
    expect(orgSize).toBe(preset === 'A' ? 24 : leftMm + rightMm >= 55 ? 24 : 26);
    // With preset A and the usual margins the 40 % / 60 % split stays.
    if (preset === 'A' && leftMm === 30 && rightMm === 15) expect(grid[0]).toBe(Math.round(textWidth * 0.4));
  });
});

describe('styles a văn thư would not have to clean', () => {
  it('drops the blue Heading 5/6 and grey Caption, and defines Default Paragraph Font', async () => {
    const styles = (await exportBody([p('Một.')])).xml('word/styles.xml');
    expect(styles).not.toMatch(/w:styleId="(Heading5|Heading6|Caption)"/);
    expect(styles).not.toContain('2E74B5');
    if (styles.includes('w:val="DefaultParagraphFont"')) expect(styles).toContain('w:styleId="DefaultParagraphFont"');
  });
});

describe('table widths by content', () => {
  const ctx = () => createContext(SAMPLE_PROFILE, () => undefined);
  const gridOf = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));

  it('never gives a column less than its longest word, STT narrow, the rest by content', () => {
    const node = table(['STT', 'Tên đơn vị', 'Người đại diện', 'Chức vụ'], [
      ['1', 'Ủy ban MTTQ Việt Nam phường Thanh Xuân Trung', 'Nguyễn Văn An', 'Chủ tịch'],
      ['12', 'Hội Cựu chiến binh phường', 'Trần Thị Bình', 'Phó Chủ tịch'],
    ]);
    const grid = gridOf(bodyTableXml(node, ctx(), 9355));
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(9355);
    expect(grid[0]).toBe(Math.min(...grid));
    // "STT" in bold 13 pt with the cell margins: about 0.5 in, never the 25 % equal split.
    expect(grid[0]).toBeLessThan(900);
    expect(grid[0]).toBeGreaterThanOrEqual(measureText(['STT'], 26, true).minTwips);
    expect(grid[1]).toBe(Math.max(...grid));
  });

  it('centres a column of numbers in every row and leaves a text column left', () => {
    const node = table(['STT', 'Nội dung', 'Số lượng', 'Kết quả'], [['1', 'Hộ nghèo được hỗ trợ', '27', '100%'], ['2', 'Nhà Đại đoàn kết', '3', '3 nhà']]);
    const xml = bodyTableXml(node, ctx(), 9355);
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    const aligns = (row: string) => (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((cell) => cell.match(/<w:jc w:val="(\w+)"/)?.[1]);
    // "3 nhà" is not a number: its whole column aligns as text, "100%" included.
    expect(aligns(rows[1] ?? '')).toEqual(['center', 'left', 'center', 'left']);
    expect(aligns(rows[2] ?? '')).toEqual(['center', 'left', 'center', 'left']);
  });

  it('keeps phone numbers and dates on one line and the column wide enough for them', () => {
    const measures = measureColumns([['Điện thoại'], ['Ngày']], [[['0912 345 678'], ['31/01/2024']]], 26);
    const widths = fitColumnWidths(measures, 4000);
    expect(widths[0]).toBeGreaterThanOrEqual(measureText(['0912345678'], 26, false).minTwips);
    expect(measures.every((measure) => measure.numeric)).toBe(true);
    const xml = bodyTableXml(table(['Điện thoại'], [['0912 345 678']]), ctx(), 4000);
    expect(xml).toContain('0912\u00a0345\u00a0678');
  });

  it('sets short columns on one line before sharing the rest among long ones', () => {
    const measures = measureColumns([['STT'], ['Họ và tên'], ['Chức vụ']], [[['1'], ['Nguyễn Thị Minh Khai'], [LONG]]], 26);
    const widths = fitColumnWidths(measures, 9355);
    expect(widths[1]).toBeGreaterThanOrEqual(measures[1]?.maxTwips ?? 0);
  });
});
