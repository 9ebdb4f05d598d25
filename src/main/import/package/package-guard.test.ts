import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { guardPackage } from './package-guard';
import { MAX_SHEET_ROWS, MAX_WORD_ELEMENTS, PACKAGE_LIMITS } from './package-limits';

/** Text that does not compress much, so a part's ratio stays realistic (~3:1). */
function noisyText(length: number): string {
  let seed = 7;
  let text = '';
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += seed.toString(36);
  }
  return text.slice(0, length);
}

function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, value]) => [name, typeof value === 'string' ? strToU8(value) : value])));
}

const LOOSE = { ...PACKAGE_LIMITS, maxRatio: 1_000_000 };

/** Central directory fields of the entry named `name`. */
function centralHeaderOf(bytes: Uint8Array, name: string): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = view.length - 46; at >= 0; at--) {
    if (view.readUInt32LE(at) === 0x02014b50 && view.toString('utf8', at + 46, at + 46 + view.readUInt16LE(at + 28)) === name) return at;
  }
  throw new Error(`no ${name}`);
}

describe('guardPackage', () => {
  it('lets an ordinary Word and Excel package through', () => {
    expect(() => guardPackage(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': `<w:document><w:body><w:p><w:r><w:t>${noisyText(200_000)}</w:t></w:r></w:p></w:body></w:document>` }), 'bao-cao.docx', 'docx')).not.toThrow();
    const rows = Array.from({ length: 2000 }, (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>${noisyText(20)}</t></is></c></row>`).join('');
    expect(() => guardPackage(zip({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>` }), 'dai-bieu.xlsx', 'xlsx')).not.toThrow();
  });

  it('refuses a part whose declared size is beyond the limit, before inflating it', () => {
    const bytes = zip({ 'word/document.xml': noisyText(300_000) });
    // Garbage in place of the deflated data: the refusal must come from the directory alone.
    const header = centralHeaderOf(bytes, 'word/document.xml');
    const local = Buffer.from(bytes.buffer).readUInt32LE(header + 42);
    bytes.fill(0xff, local + 30 + 'word/document.xml'.length, local + 1000);
    expect(() => guardPackage(bytes, 'bom.docx', 'docx', { ...LOOSE, maxXmlBytes: 100_000 })).toThrow(
      'Tệp "bom.docx" bị từ chối: phần "word/document.xml" giải nén ra 0,3 MB, vượt giới hạn 0,1 MB cho mỗi phần nội dung.',
    );
  });

  it('refuses a part that compresses beyond 100:1 (a zip bomb) by its declared figures', () => {
    const bytes = zip({ 'xl/worksheets/sheet1.xml': '<row/>'.repeat(1_000_000) });
    expect(() => guardPackage(bytes, 'bom.xlsx', 'xlsx')).toThrow(/^Tệp "bom\.xlsx" bị từ chối: phần "xl\/worksheets\/sheet1\.xml" nén với tỉ lệ [\d.]+:1, vượt giới hạn 100:1/);
  });

  it('refuses a part that unpacks to more than the directory declares', () => {
    const bytes = zip({ 'word/document.xml': noisyText(400_000) });
    Buffer.from(bytes.buffer).writeUInt32LE(1000, centralHeaderOf(bytes, 'word/document.xml') + 24);
    expect(() => guardPackage(bytes, 'gian.docx', 'docx')).toThrow('Tệp "gian.docx" bị từ chối: phần "word/document.xml" giải nén ra nhiều hơn kích thước ghi trong tệp');
  });

  it('stops a sheet at the running row limit', () => {
    const row = (index: number): string => `<row r="${index}"><c r="A${index}"><v>${index}</v></c></row>`;
    const rows = Array.from({ length: MAX_SHEET_ROWS + 1 }, (_, index) => row(index + 1)).join('');
    expect(() => guardPackage(zip({ 'xl/worksheets/sheet1.xml': `<x:worksheet><x:sheetData>${rows}</x:sheetData></x:worksheet>` }), 'dai.xlsx', 'xlsx', LOOSE)).toThrow(
      'Tệp "dai.xlsx" có trang tính hơn 25.000 dòng, vượt giới hạn 25.000 dòng mỗi trang.',
    );
    const fits = Array.from({ length: MAX_SHEET_ROWS }, (_, index) => row(index + 1)).join('');
    expect(() => guardPackage(zip({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${fits}</sheetData></worksheet>` }), 'vua.xlsx', 'xlsx', LOOSE)).not.toThrow();
  });

  it('stops a Word file at the element limit, counting every text part', () => {
    const half = '<w:p/>'.repeat(MAX_WORD_ELEMENTS / 2);
    expect(() => guardPackage(zip({ 'word/document.xml': half, 'word/footnotes.xml': `${half}<w:p/>` }), 'dai.docx', 'docx', LOOSE)).toThrow(
      'Tệp "dai.docx" có hơn 250.000 thành phần nội dung, vượt giới hạn nhập của Word (250.000).',
    );
  });

  it('refuses too many parts, a password and a file that is not a zip', () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`word/p${index}.xml`, '<p/>']));
    expect(() => guardPackage(zip(many), 'nhieu.docx', 'docx', { ...PACKAGE_LIMITS, maxEntries: 4 })).toThrow('Tệp "nhieu.docx" bị từ chối: có 5 phần nén, vượt giới hạn 4 phần.');
    const locked = zip({ 'word/document.xml': '<w:p/>' });
    const header = centralHeaderOf(locked, 'word/document.xml');
    Buffer.from(locked.buffer).writeUInt16LE(1, header + 8);
    expect(() => guardPackage(locked, 'khoa.docx', 'docx')).toThrow('Tệp "khoa.docx" được đặt mật khẩu');
    expect(() => guardPackage(strToU8('PK không phải zip'), 'hong.xlsx', 'xlsx')).toThrow('Tệp "hong.xlsx" bị hỏng hoặc không phải tệp Excel .xlsx');
    expect(() => guardPackage(deflateSync(strToU8('x')), 'hong.docx', 'docx')).toThrow('Tệp "hong.docx" bị hỏng hoặc không phải tệp Word .docx');
  });
});
