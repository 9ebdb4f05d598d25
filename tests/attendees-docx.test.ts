/**
 * Word output of attendee lists and pledges, checked in the XML (w:tblHeader, gridSpan on group rows,
 * STT across groups, landscape pgSz for > 5 columns, "Tổng số") and read back by python-docx and
 * LibreOffice when installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendeeList } from '../src/shared/attendee/attendee-list';
import { CONFERENCE_ROWS, generatedRows, toCsv } from './support/attendee-fixtures';
import { convertToPdf, hasCommand, hasPythonDocx, pdfPages, pdfPageText, readWithPythonDocx } from './support/docx-readers';
import { makeServices } from './support/services';

let env: ReturnType<typeof makeServices>;
beforeAll(() => {
  env = makeServices();
});
afterAll(() => env.cleanup());

function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

async function importList(rows: string[][], title: string): Promise<{ documentId: string; listId: string }> {
  return env.services.attendees.commitImport(toCsv(rows), 'list.csv', { title });
}

async function exportDocument(documentId: string): Promise<Uint8Array> {
  const { services } = env;
  return (await services.exports.word(documentId)).bytes;
}

const rowsOf = (xml: string) => xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
const textOf = (xml: string) => (xml.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');

describe('standalone Danh sách', () => {
  let docx: Uint8Array;
  let xml: string;
  let listId: string;
  beforeAll(async () => {
    ({ listId } = await importList(CONFERENCE_ROWS.map((row) => row.slice(0, 5)), 'Danh sách đại biểu dự Hội nghị tổng kết'));
    docx = (await env.services.exports.listWord(listId)).bytes;
    xml = documentXml(docx);
  });

  it('repeats the header row, spans group rows, numbers STT across groups', () => {
    const header = xml.indexOf('>Họ và tên<');
    const listRows = rowsOf(xml.slice(xml.lastIndexOf('<w:tbl>', header), xml.indexOf('</w:tbl>', header)));
    const headerRow = listRows.find((row) => row.includes('<w:tblHeader/>'))!;
    expect(textOf(headerRow)).toBe('STTHọ và tênChức vụĐơn vịGhi chú');
    const groupRows = listRows.filter((row) => row.includes('<w:gridSpan w:val="5"/>'));
    expect(groupRows.map(textOf)).toEqual(['A. ĐẠI BIỂU THÀNH PHỐ', 'B. ĐẠI BIỂU QUẬN']);
    expect(groupRows.every((row) => row.includes('<w:b/>'))).toBe(true);
    const people = listRows.filter((row) => !row.includes('<w:tblHeader/>') && !row.includes('gridSpan'));
    expect(people.map((row) => textOf(row).match(/^\d+/)?.[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(textOf(people[2]!)).toContain('Hòa thượng Thích Thanh Nhiễu');
    expect(textOf(people[0]!)).toContain('Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố');
    // The template's "Tổng số: … đại biểu." line gets the count, under the table, once.
    expect(xml.match(/Tổng số: /g)).toHaveLength(1);
    expect(xml.indexOf('Tổng số: 7 đại biểu')).toBeGreaterThan(xml.indexOf('Hứa Thị Ngoãn'));
    expect(xml).not.toMatch(/[\uE000-\uE002]/);
  });

  it('stays portrait with 5 columns and is deterministic', async () => {
    expect(xml).not.toContain('w:orient="landscape"');
    expect((await env.services.exports.listWord(listId)).bytes).toEqual(docx);
  });

  it.skipIf(!hasPythonDocx())('reads back in python-docx with the table intact', () => {
    const file = path.join(env.dir, 'standalone.docx');
    fs.writeFileSync(file, docx);
    const reading = readWithPythonDocx(file);
    const table = reading.tables.find((t) => t[0]?.[1] === 'Họ và tên')!;
    expect(table).toHaveLength(1 + 2 + 7);
    expect(table[1]).toEqual(Array(5).fill('A. ĐẠI BIỂU THÀNH PHỐ'));
    expect(table[9]?.slice(0, 2)).toEqual(['7', 'Hứa Thị Ngoãn']);
  });
});

describe('wide list and big list', () => {
  it('fits 6 columns portrait by their content: STT narrow, phone numbers unbroken', async () => {
    const { listId } = await importList(CONFERENCE_ROWS, 'Danh sách có số điện thoại');
    const xml = documentXml((await env.services.exports.listWord(listId)).bytes);
    expect(xml).not.toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:gridSpan w:val="6"/>');
    const table = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('>Họ và tên<')));
    const grid = [...table.slice(0, table.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(6);
    expect(Math.min(...grid)).toBe(grid[0]);
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(11906 - 1701 - 850);
    // "0912 345 678" is held together by no-break spaces.
    expect(xml).toContain('0912\u00a0345\u00a0678');
  });

  it('is landscape from its first page when too wide for portrait (header and title included)', async () => {
    const rows = CONFERENCE_ROWS.map((row, index) => (index === 2 ? [...row, 'Thư điện tử'] : row.length > 1 && /^\d+$/.test(row[0] ?? '') ? [...row, `canbo${row[0]}.mttq.thanhxuan@hanoi.gov.vn`] : row));
    const { listId } = await importList(rows, 'Danh sách có thư điện tử');
    const xml = documentXml((await env.services.exports.listWord(listId)).bytes);
    const sizes = xml.match(/<w:pgSz [^>]*\/>/g) ?? [];
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toContain('w:orient="landscape"');
    // The header block comes before the one section's end: it is on the landscape page.
    expect(xml.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(xml.indexOf('<w:sectPr'));
  });

  it('writes every row of a 5,000-row list', async () => {
    const { listId } = await importList(generatedRows(5000), 'Danh sách lớn');
    const xml = documentXml((await env.services.exports.listWord(listId)).bytes);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:gridSpan w:val="5"\/>/g)).toHaveLength(10);
    expect(xml).toContain('>5000</w:t>');
    expect(xml).toContain('Tổng số: 5000 đại biểu');
  });
});

describe('report with the list as Phụ lục (live, then frozen)', () => {
  it('shows list edits until frozen', async () => {
    const { listId } = await importList(CONFERENCE_ROWS.map((row) => row.slice(0, 5)), 'Danh sách đại biểu dự Hội nghị');
    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    env.services.attendees.attach(report.id, listId);
    let xml = documentXml(await exportDocument(report.id));
    expect(xml).toContain('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ');
    expect(xml).toMatch(/>Phụ lục</);
    expect(xml).toContain('Nguyễn Văn A');

    const list: AttendeeList = env.services.attendees.get(listId);
    env.services.attendees.save({ ...list, rows: list.rows.map((row, index) => (index === 0 ? { ...row, fullName: 'Nguyễn Văn Sửa' } : row)) });
    xml = documentXml(await exportDocument(report.id));
    expect(xml).toContain('Nguyễn Văn Sửa');

    env.services.attendees.setFrozen(report.id, listId, true);
    const frozen = env.services.attendees.get(listId);
    env.services.attendees.save({ ...frozen, rows: frozen.rows.map((row, index) => (index === 0 ? { ...row, fullName: 'Sau Khi Cố Định' } : row)) });
    xml = documentXml(await exportDocument(report.id));
    expect(xml).toContain('Nguyễn Văn Sửa');
    expect(xml).not.toContain('Sau Khi Cố Định');
  });
});

describe('pledge', () => {
  it('renders parties, the commitments table with per-party targets and the signature grid', async () => {
    const doc = env.services.documents.create('giao-uoc-thi-dua');
    const parties = ['A', 'B', 'C'].map((id, index) => ({
      id,
      name: `Ủy ban MTTQ Việt Nam phường ${id}`,
      representative: `Người Đại Diện ${id}`,
      title: 'Chủ tịch',
      authorityLine: `TM. Ban Thường trực Ủy ban MTTQ Việt Nam phường ${id}`,
      isHost: index === 1,
    }));
    env.services.pledges.save(doc.id, {
      parties,
      commitments: [
        { id: 'c1', number: '1.', content: 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"', target: '95%', targetsByParty: { C: '90%' }, note: '' },
        { id: 'c2', number: '2.', content: 'Vận động Quỹ "Vì người nghèo"', target: '100% kế hoạch', targetsByParty: {}, note: '' },
      ],
      signatureOrder: ['B', 'A', 'C'],
    });
    const xml = documentXml(await exportDocument(doc.id));
    expect(xml).toContain('Người đại diện');
    // The template's placeholder criteria table is replaced, not followed, by the real one.
    expect(xml.match(/Chỉ tiêu đăng ký/g)?.length ?? 0).toBe(0); // per-party targets: one column per party instead
    expect(xml).toContain('90%');
    expect(xml).toContain('100% kế hoạch');
    // B, first in the clerk's order, signs top right: its TM. line comes after A's in the first row of the grid.
    const a = xml.indexOf('TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG A');
    const b = xml.indexOf('TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG B');
    const c = xml.indexOf('TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG C');
    expect(a).toBeGreaterThan(0);
    expect(a < b && b < c).toBe(true);
  });
});

describe('pledge signed in the clerk\'s order', () => {
  it('the Word grid follows Thứ tự ký even where the clerk moved the host down', async () => {
    const doc = env.services.documents.create('giao-uoc-thi-dua');
    const parties = ['A', 'B', 'C'].map((id) => ({ id, name: `Hội ${id} phường`, representative: `Người ${id}`, title: 'Chủ tịch', authorityLine: `TM. Ban Chấp hành Hội ${id} phường`, isHost: id === 'A' }));
    env.services.pledges.save(doc.id, { parties, commitments: [], signatureOrder: ['C', 'B', 'A'] });
    const xml = documentXml(await exportDocument(doc.id));
    const at = (id: string) => xml.indexOf(`TM. BAN CHẤP HÀNH HỘI ${id} PHƯỜNG`);
    // C first (top right), then B (first row, left) and A (second row): in the file B, C, A.
    expect(at('C')).toBeGreaterThan(0);
    expect(at('B') < at('C') && at('C') < at('A')).toBe(true);
  });
});

describe('the signing authority, printed once', () => {
  it('a prefix typed again in Tập thể/chức danh or in a Dòng ký prints once; a contradiction is refused naming the field', async () => {
    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    env.services.documents.save(report.id, { ...report, frame: { ...report.frame, signer: { authority: 'TM.', authorityOf: 'tm. Ban Thường trực', title: 'Chủ tịch', name: 'Nguyễn Thị Thu' } } });
    const reportXml = documentXml(await exportDocument(report.id));
    expect(reportXml).toContain('TM. BAN THƯỜNG TRỰC');
    expect(reportXml).not.toMatch(/TM\.\s*(<[^>]+>\s*)*TM\./);
    expect(() => env.services.documents.save(report.id, { ...report, frame: { ...report.frame, signer: { authority: 'KT.', authorityOf: 'TM. Ban Thường trực', title: '', name: '' } } })).toThrow(/Quyền hạn ký đã chọn là "KT\."/);

    const pledge = env.services.documents.create('giao-uoc-thi-dua');
    const party = { id: 'a', name: 'Ủy ban MTTQ Việt Nam phường A', representative: 'Nguyễn Văn A', title: 'Chủ tịch', authorityLine: 'TM. TM. Ủy ban MTTQ Việt Nam phường A', isHost: true };
    env.services.pledges.save(pledge.id, { parties: [party], commitments: [], signatureOrder: ['a'] });
    const pledgeXml = documentXml(await exportDocument(pledge.id));
    expect(pledgeXml).toContain('TM. ỦY BAN MTTQ VIỆT NAM PHƯỜNG A');
    expect(pledgeXml).not.toMatch(/TM\.\s*(<[^>]+>\s*)*TM\./);
    expect(() => env.services.pledges.save(pledge.id, { parties: [{ ...party, authorityLine: 'TM. KT. Ban Thường trực' }], commitments: [], signatureOrder: ['a'] })).toThrow(/Dòng ký có hai quyền hạn ký khác nhau/);
  });
});

describe('pledge with shared targets', () => {
  it('replaces the template criteria table and stays portrait', async () => {
    const doc = env.services.documents.create('giao-uoc-thi-dua');
    env.services.pledges.save(doc.id, {
      parties: [{ id: 'a', name: 'Phường A', representative: 'Nguyễn Văn A', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: true }],
      commitments: [{ id: 'c1', number: '1.', content: '100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc', target: '100%', targetsByParty: {}, note: '' }],
      signatureOrder: ['a'],
    });
    const xml = documentXml(await exportDocument(doc.id));
    expect(xml.match(/Chỉ tiêu đăng ký/g)).toHaveLength(1);
    expect(xml).toContain('Ngày hội Đại đoàn kết toàn dân tộc');
    expect(xml).not.toContain('w:orient="landscape"');
  });
});

describe.skipIf(!(hasCommand('soffice') && hasCommand('pdfinfo')))('LibreOffice read-back', () => {
  it('prints the wide list on landscape pages from page 1 with the header repeated', async () => {
    const rows = generatedRows(120).map((row, index) => (index === 0 ? [...row, 'Năm sinh', 'Thư điện tử'] : row.length > 1 ? [...row, String(1960 + (index % 40)), `canbo${index}.mttq.thanhxuan@hanoi.gov.vn`] : row));
    const { listId } = await importList(rows, 'Danh sách đại biểu có năm sinh');
    const file = path.join(env.dir, 'wide.docx');
    fs.writeFileSync(file, (await env.services.exports.listWord(listId)).bytes);
    const pdf = convertToPdf(file, env.dir);
    const pages = pdfPages(pdf);
    const landscape = pages.filter((page) => page.widthPt > page.heightPt);
    expect(landscape.length).toBeGreaterThan(1);
    expect(landscape).toHaveLength(pages.length);
    expect(pdfPageText(pdf, 1)).toMatch(/STT\s+Họ và tên/);
    const lastLandscape = pages.lastIndexOf(landscape[landscape.length - 1]!) + 1;
    expect(pdfPageText(pdf, lastLandscape)).toMatch(/STT\s+Họ và tên/);
  });
});
