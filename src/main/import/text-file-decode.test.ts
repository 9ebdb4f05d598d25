import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/document/body';
import { readImportFile } from './document-import';
import { decodeLegacyBytes, unicodeToTcvn3, unicodeToVni } from '../../shared/text/legacy';
import { buildImportPreview } from './spreadsheet/attendee-import';
import { readCsv } from './spreadsheet/read-table';
import { decodeTextFile } from './text-file-decode';

const CSV = 'STT,Họ và tên,Đơn vị\n1,Nguyễn Văn Ân,Mặt trận phường\n2,Trần Thị Bích Hường,Hội Liên hiệp Phụ nữ\n';

/** Legacy characters back to the bytes a legacy editor saved (the inverse of decodeLegacyBytes). */
function legacyBytes(text: string): Uint8Array {
  const all = decodeLegacyBytes(Uint8Array.from({ length: 256 }, (_, index) => index));
  const byteOf = new Map([...all].map((ch, index) => [ch, index]));
  return Uint8Array.from([...text].map((ch) => {
    const byte = byteOf.get(ch);
    if (byte === undefined) throw new Error(`no byte for ${ch}`);
    return byte;
  }));
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return le;
}

describe('decodeTextFile', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeTextFile(Buffer.from(`\uFEFF${CSV}`), 'a.csv')).toEqual({ text: CSV, encoding: 'utf-8', notice: null });
    expect(decodeTextFile(Buffer.from(CSV), 'a.csv').text).toBe(CSV);
  });

  it('reads UTF-16 (Excel "Unicode Text") by its BOM or by its zero bytes', () => {
    expect(decodeTextFile(utf16(CSV, 'le', true), 'a.txt')).toMatchObject({ text: CSV, encoding: 'utf-16le' });
    expect(decodeTextFile(utf16(CSV, 'be', true), 'a.txt')).toMatchObject({ text: CSV, encoding: 'utf-16be' });
    expect(decodeTextFile(utf16(CSV, 'le', false), 'a.txt')).toMatchObject({ text: CSV, encoding: 'utf-16le' });
    expect(decodeTextFile(utf16(CSV, 'be', false), 'a.txt')).toMatchObject({ text: CSV, encoding: 'utf-16be' });
  });

  it('does not take binary bytes with zeros for BOM-less UTF-16 (they stay binary for the caller to refuse)', () => {
    expect(decodeTextFile(Buffer.from([0x54, 0x00, 0x01, 0x02]), 'binary.txt').text).toContain('\u0000');
  });

  it('refuses broken UTF-16 in Vietnamese, naming the file', () => {
    const cut = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\uD800', 'utf16le'), Buffer.from('ab', 'utf16le')]);
    expect(() => decodeTextFile(cut, 'hong.csv')).toThrow('Tệp "hong.csv" có dạng Unicode UTF-16 nhưng bị hỏng');
  });

  it('converts TCVN3 (ABC) and VNI bytes to Unicode and says so', () => {
    const tcvn3 = decodeTextFile(legacyBytes(unicodeToTcvn3(CSV)), 'abc.csv');
    expect(tcvn3.encoding).toBe('tcvn3');
    expect(tcvn3.text).toBe(CSV);
    expect(tcvn3.notice).toBe('Tệp "abc.csv" được gõ bằng bảng mã cũ TCVN3 (ABC, phông .Vn…); Thư ký đã chuyển sang Unicode, hãy xem lại các tên trước khi lưu.');
    const vni = decodeTextFile(legacyBytes(unicodeToVni(CSV)), 'vni.csv');
    expect(vni).toMatchObject({ text: CSV, encoding: 'vni' });
  });

  it('converts legacy text that was re-saved as UTF-8', () => {
    expect(decodeTextFile(Buffer.from(unicodeToTcvn3(CSV), 'utf8'), 'abc.csv')).toMatchObject({ text: CSV, encoding: 'tcvn3' });
  });

  it('still reads an old Windows-1258 CSV (decomposed tone marks)', () => {
    // "Nguyễn Văn Ân" as Excel on Vietnamese Windows saves it: ê (0xEA) + combining tilde (0xDE), ă (0xE3).
    const bytes = Buffer.from([...Buffer.from('Ho ten\nNguy', 'latin1'), 0xea, 0xde, ...Buffer.from('n V', 'latin1'), 0xe3, ...Buffer.from('n ', 'latin1'), 0xc2, ...Buffer.from('n\n', 'latin1')]);
    const decoded = decodeTextFile(bytes, 'cu.csv');
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text.normalize('NFC')).toBe('Ho ten\nNguyễn Văn Ân\n');
  });
});

describe('CSV import of legacy and UTF-16 files', () => {
  it('arrives as "Nguyễn Văn Ân" with a notice in the preview, never as gibberish', () => {
    const table = readCsv(legacyBytes(unicodeToTcvn3(CSV)), 'dai-bieu.csv');
    expect(table.rows[1]?.cells).toEqual(['1', 'Nguyễn Văn Ân', 'Mặt trận phường']);
    const preview = buildImportPreview(table);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn Ân', 'Trần Thị Bích Hường']);
    expect(preview.warnings[0]).toEqual({ row: null, message: expect.stringContaining('bảng mã cũ TCVN3') });
  });

  it('reads a tab-separated UTF-16 "Unicode Text" file', () => {
    const table = readCsv(utf16(CSV.replace(/,/g, '\t'), 'le', true), 'dai-bieu.txt');
    expect(table.rows[2]?.cells).toEqual(['2', 'Trần Thị Bích Hường', 'Hội Liên hiệp Phụ nữ']);
    expect(table.notices).toEqual([]);
  });
});

describe('plain-text article import', () => {
  it('converts a TCVN3 .txt and tells the caller; reads a UTF-16 one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-txt-'));
    try {
      const article = 'Hội nghị tổng kết năm\nSáng nay, Ủy ban Mặt trận phường Thanh Xuân tổ chức hội nghị tổng kết công tác năm.\n';
      const legacy = path.join(dir, 'bai-viet.txt');
      fs.writeFileSync(legacy, legacyBytes(unicodeToTcvn3(article.replace('Ủy', 'ủy'))));
      const notices: string[] = [];
      const imported = readImportFile(legacy, { onNotice: (message) => notices.push(message) });
      expect(imported.title).toBe('Hội nghị tổng kết năm');
      expect(bodyText(imported.body)).toContain('ủy ban Mặt trận phường Thanh Xuân tổ chức hội nghị');
      expect(notices).toEqual([expect.stringContaining('Tệp "bai-viet.txt" được gõ bằng bảng mã cũ TCVN3')]);
      const wide = path.join(dir, 'unicode.txt');
      fs.writeFileSync(wide, utf16(article, 'le', true));
      expect(readImportFile(wide).title).toBe('Hội nghị tổng kết năm');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
