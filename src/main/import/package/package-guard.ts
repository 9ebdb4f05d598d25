/**
 * Judges a .docx or .xlsx package against PACKAGE_LIMITS before any library unpacks it: first the
 * central directory's declared sizes (nothing inflated), then each entry inflated as a stream and
 * thrown away, so a directory that lies about sizes, or a sheet with millions of rows, is stopped
 * at the limit instead of after it has filled memory. Every refusal is one Vietnamese sentence
 * naming the file and the limit.
 */
import { Inflate } from 'fflate';
import { AppError } from '../../../shared/errors/app-error';
import {
  MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_SHEET_ROWS, MAX_WORD_ELEMENTS, PACKAGE_LIMITS, megabytes, type PackageLimits,
} from './package-limits';
import { viNumber } from '../../../shared/text/vi-number';
import { TagCounter } from './tag-counter';
import { ZipFormatError, entryData, readZipDirectory, type ZipEntry } from './zip-directory';

export type PackageKind = 'docx' | 'xlsx';

/** Small slices keep each inflated piece small (deflate expands at most ~1,032×). */
const SLICE = 16 * 1024;

function refuse(label: string, sentence: string): AppError {
  return new AppError('invalid_input', `Tệp "${label}" ${sentence}`);
}

function damaged(label: string, kind: PackageKind, detail: string): AppError {
  const what = kind === 'docx' ? 'Word .docx' : 'Excel .xlsx';
  return new AppError('invalid_input', `Tệp "${label}" bị hỏng hoặc không phải tệp ${what} (không đọc được cấu trúc nén).`, { detail });
}

function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels|vml)$/i.test(name);
}

class PackageCounts {
  private elements = 0;
  private cells = 0;

  constructor(private readonly label: string, private readonly kind: PackageKind) {}

  /** A counter for the part's tags whose callbacks throw at the limit, or null when the part is not counted. */
  forPart(name: string): TagCounter | null {
    const label = this.label;
    if (this.kind === 'docx' && /^word\/.+\.xml$/i.test(name) && !/^word\/theme\//i.test(name)) {
      return new TagCounter(() => {
        if (++this.elements > MAX_WORD_ELEMENTS) {
          throw refuse(label, `có hơn ${viNumber(MAX_WORD_ELEMENTS)} thành phần nội dung, vượt giới hạn nhập của Word (${viNumber(MAX_WORD_ELEMENTS)}).`);
        }
      });
    }
    if (this.kind === 'xlsx' && /^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      let rows = 0;
      return new TagCounter((tag) => {
        if (tag === 'row' && ++rows > MAX_SHEET_ROWS) {
          throw refuse(label, `có trang tính hơn ${viNumber(MAX_SHEET_ROWS)} dòng, vượt giới hạn ${viNumber(MAX_SHEET_ROWS)} dòng mỗi trang.`);
        }
        if (tag === 'c' && ++this.cells > MAX_SHEET_CELLS) {
          throw refuse(label, `có hơn ${viNumber(MAX_SHEET_CELLS)} ô dữ liệu, vượt giới hạn ${viNumber(MAX_SHEET_CELLS)} ô.`);
        }
      });
    }
    if (this.kind === 'xlsx' && /^xl\/sharedStrings\.xml$/i.test(name)) {
      let strings = 0;
      return new TagCounter((tag) => {
        if (tag === 'si' && ++strings > MAX_SHARED_STRINGS) {
          throw refuse(label, `có hơn ${viNumber(MAX_SHARED_STRINGS)} chuỗi chữ, vượt giới hạn ${viNumber(MAX_SHARED_STRINGS)}.`);
        }
      });
    }
    return null;
  }
}

/** Declared sizes only: nothing is inflated yet. */
function judgeDirectory(entries: ZipEntry[], label: string, kind: PackageKind, limits: PackageLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw refuse(label, 'được đặt mật khẩu: hãy bỏ mật khẩu trong Word/Excel rồi nhập lại.');
    if (entry.method !== 0 && entry.method !== 8) throw damaged(label, kind, `${entry.name}: method ${entry.method}`);
    const xml = isXmlPart(entry.name);
    const max = xml ? limits.maxXmlBytes : limits.maxBinaryBytes;
    if (entry.size > max) {
      throw refuse(label, `bị từ chối: phần "${entry.name}" giải nén ra ${megabytes(entry.size)}, vượt giới hạn ${megabytes(max)} cho mỗi phần ${xml ? 'nội dung' : 'ảnh hoặc tệp đính kèm'}.`);
    }
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      throw refuse(label, `bị từ chối: phần "${entry.name}" nén với tỉ lệ ${viNumber(ratio)}:1, vượt giới hạn ${limits.maxRatio}:1 (dấu hiệu tệp "bom nén").`);
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) throw refuse(label, `bị từ chối: tổng dung lượng giải nén vượt giới hạn ${megabytes(limits.maxTotalBytes)}.`);
  }
}

/** Inflates one entry into nothing, checking it is no larger than declared and feeding the counter. */
function streamEntry(bytes: Uint8Array, entry: ZipEntry, label: string, kind: PackageKind, counter: TagCounter | null): void {
  const data = entryData(bytes, entry);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > entry.size) throw refuse(label, `bị từ chối: phần "${entry.name}" giải nén ra nhiều hơn kích thước ghi trong tệp (${megabytes(entry.size)}), tệp hỏng hoặc cố ý sai lệch.`);
    counter?.push(chunk);
  };
  if (entry.method === 0) take(data);
  else {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < data.length; at += SLICE) inflate.push(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw damaged(label, kind, `${entry.name}: ${String(error)}`);
    }
  }
  if (produced !== entry.size) throw damaged(label, kind, `${entry.name}: ${produced} ≠ ${entry.size}`);
}

export function guardPackage(bytes: Uint8Array, label: string, kind: PackageKind, limits: PackageLimits = PACKAGE_LIMITS): void {
  try {
    const { entries, declaredCount } = readZipDirectory(bytes, limits.maxEntries);
    if (declaredCount > limits.maxEntries) {
      throw refuse(label, `bị từ chối: có ${viNumber(declaredCount)} phần nén, vượt giới hạn ${viNumber(limits.maxEntries)} phần.`);
    }
    judgeDirectory(entries, label, kind, limits);
    const counts = new PackageCounts(label, kind);
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      streamEntry(bytes, entry, label, kind, isXmlPart(entry.name) ? counts.forPart(entry.name) : null);
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw damaged(label, kind, error.message);
    throw error;
  }
}
