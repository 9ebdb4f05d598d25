/**
 * Date and number wording for the official frame.
 * ND30 PL I §II.4.b: leading zero for days < 10 and for months 1 and 2 only.
 * ND30 PL I §II.3.a: document numbers below 10 get a leading zero.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` and checks that the day exists in that month. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}

export function isValidIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

/** "ngày 05 tháng 01 năm 2024", "ngày 29 tháng 6 năm 2019". */
export function formatNd30Date(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return 'ngày … tháng … năm …';
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/**
 * Whether the date line prints a day. The print and the check's "Chưa có ngày ban hành" both ask
 * this, so a date line that prints blank is never left without the warning.
 */
export function printsDate(iso: string | null): iso is string {
  return iso !== null && parseIsoDate(iso) !== null;
}

/** "Thanh Xuân, ngày 31 tháng 01 năm 2024"; a blank date leaves room to fill in by hand. */
export function formatPlaceAndDate(place: string, iso: string | null): string {
  const dateText = printsDate(iso) ? formatNd30Date(iso) : 'ngày     tháng     năm     ';
  return place.trim() ? `${place.trim()}, ${dateText}` : dateText;
}

/** "05" for 5, "12" for 12, "" stays "" (number assigned later by the văn thư). */
export function formatDocumentNumber(number: string): string {
  const trimmed = number.trim();
  if (!/^\d+$/.test(trimmed)) return trimmed;
  return String(Number(trimmed)).padStart(2, '0');
}

/** "Số: 05/BC-MTTQ-BTT"; without a number: "Số:     /BC-MTTQ-BTT" for the registry to fill. */
export function formatNumberAndSymbol(number: string, symbol: string): string {
  const formatted = formatDocumentNumber(number);
  const symbolPart = symbol.trim();
  if (!symbolPart) return formatted ? `Số: ${formatted}` : 'Số:';
  return `Số: ${formatted || '    '}/${symbolPart}`;
}

/** UI list form: 31/01/2024. */
export function formatShortDate(iso: string): string {
  const date = parseIsoDate(iso.slice(0, 10));
  if (!date) return iso;
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}
