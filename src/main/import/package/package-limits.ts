/**
 * The limits every zip-based input (.docx, .xlsx) must stay within, checked before the package is
 * handed to mammoth or ExcelJS. Both build the whole package in memory, so an entry that unpacks to
 * hundreds of megabytes (a "zip bomb") would exhaust the process: the central directory is judged
 * first, then each entry is inflated as a stream (nothing kept) to confirm it is no larger than it
 * claims, counting rows and elements on the way. Figures measured on mammoth 1.13 and ExcelJS 4.4:
 * 250,000 Word elements or 500,000 cells stay under ~600 MB of memory. Documented in
 * docs/portal-and-import.md ("Giới hạn khi nhập tệp").
 */
import { viNumber } from '../../../shared/text/vi-number';

export interface PackageLimits {
  /** Entries in the directory (a real .docx has ~20, an .xlsx with a few sheets ~30). */
  maxEntries: number;
  /** One XML part, unpacked. */
  maxXmlBytes: number;
  /** One picture or other binary part, unpacked. */
  maxBinaryBytes: number;
  /** Every part together, unpacked. */
  maxTotalBytes: number;
  /** Unpacked ÷ packed, judged for parts above `ratioFloorBytes` (small parts legitimately compress very well). */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 2000,
  maxXmlBytes: 25 * MB,
  maxBinaryBytes: 20 * MB,
  maxTotalBytes: 100 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

/** Elements in a Word file's text parts (document, footnotes, headers…): a 300-page report has ~100,000. */
export const MAX_WORD_ELEMENTS = 250_000;

/** Rows in one sheet: the 20,000-row attendee limit plus room for titles and blank lines. */
export const MAX_SHEET_ROWS = 25_000;

/** Cells in all sheets together (ExcelJS keeps every sheet of the workbook). */
export const MAX_SHEET_CELLS = 500_000;

/** Shared strings (the text table of an .xlsx). */
export const MAX_SHARED_STRINGS = 500_000;


export function megabytes(bytes: number): string {
  return `${viNumber(Math.round((bytes / MB) * 10) / 10)} MB`;
}
