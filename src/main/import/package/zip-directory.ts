/**
 * Reads a zip's central directory (the table of contents at its end) without inflating anything,
 * so a package's declared sizes can be judged before a single byte is unpacked. Zip64 is followed;
 * anything that does not add up is reported as a damaged file, never guessed around.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused by the guard. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('truncated');
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipFormatError('truncated');
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  const value = u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw new ZipFormatError('size out of range');
  return value;
}

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  throw new ZipFormatError('no end of central directory');
}

/** The directory's entry count, size and offset, from the zip64 record when the classic one is saturated. */
function directoryBounds(bytes: Uint8Array, end: number): { count: number; offset: number } {
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const record = u64(bytes, locator + 8);
    if (u32(bytes, record) !== ZIP64_EOCD) throw new ZipFormatError('zip64 record missing');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  return { count, offset };
}

/** Fields saturated in the central header are in the zip64 extra field, in this order. */
function applyZip64Extra(bytes: Uint8Array, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.size === 0xffffffff) { entry.size = u64(bytes, field); field += 8; }
      if (entry.compressedSize === 0xffffffff) { entry.compressedSize = u64(bytes, field); field += 8; }
      if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, field);
      return;
    }
    at += 4 + length;
  }
}

/** Every entry the directory lists; `maxEntries` stops a directory of millions before it is read. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): { entries: ZipEntry[]; declaredCount: number } {
  const end = findEndRecord(bytes);
  const { count, offset } = directoryBounds(bytes, end);
  if (count > maxEntries) return { entries: [], declaredCount: count };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (u32(bytes, at) !== CENTRAL) throw new ZipFormatError('bad central header');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > bytes.length) throw new ZipFormatError('truncated');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, nameEnd)),
      method: u16(bytes, at + 10),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    applyZip64Extra(bytes, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return { entries, declaredCount: count };
}

/** The entry's compressed bytes, located through its local header (whose name and extra lengths may differ). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (u32(bytes, at) !== LOCAL) throw new ZipFormatError('bad local header');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('truncated entry');
  return bytes.subarray(start, end);
}
