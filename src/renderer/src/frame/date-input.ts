/** Dates typed as the UI shows them (docs/ui-conventions.md: 31/01/2024, 24-hour times), stored as ISO. */
import { isValidIsoDate } from '../../../shared/text/nd30-date';

/** Day, month, year as typed: 31/01/2024, 31/1/2024, 31.01.2024, 31-01-2024. */
const SHORT_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "31/01/2024" or "31/1/2024" → "2024-01-31"; "" → null; anything else → undefined (invalid). */
export function parseShortDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = SHORT_DATE.exec(trimmed);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Why a typed date is refused: not dd/mm/yyyy at all, a month past 12, or a day its month lacks ("30/02/2026"). */
export type ShortDateProblem = { kind: 'format' } | { kind: 'month'; month: string } | { kind: 'day'; day: string; month: string; year: string; days: number };

export function shortDateProblem(text: string): ShortDateProblem | null {
  if (parseShortDate(text) !== undefined) return null;
  const match = SHORT_DATE.exec(text.trim());
  if (!match) return { kind: 'format' };
  const [, day = '', month = '', year = ''] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return { kind: 'month', month: month.padStart(2, '0') };
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return { kind: 'day', day: day.padStart(2, '0'), month: month.padStart(2, '0'), year, days };
}

/** "2024-01-31" → "31/01/2024". */
export function showShortDate(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "16:20" or "9:05" → "16:20" / "09:05"; invalid → undefined. */
export function parseClockTime(text: string): string | undefined {
  const match = /^(\d{1,2})[:hg.](\d{2})$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

/**
 * An hour alone as clerks write it, "8h", "14 giờ", "9g": read when the field is left, not while typing
 * (at "8h" the clerk may be on the way to "8h30").
 */
export function hourOnlyClockTime(text: string): string | undefined {
  const match = /^(\d{1,2})\s*(?:h|g|giờ)$/iu.exec(text.normalize('NFC').trim());
  return match ? parseClockTime(`${match[1]}:00`) : undefined;
}

/**
 * A time as the clerk typed it into a time field: "16:20", "1620", "930" (→ 09:30), or a new time
 * typed after the old one ("08:0016:20" → "16:20": the caret was at the end of a pre-filled value).
 */
export function typedClockTime(text: string): string | undefined {
  const exact = parseClockTime(text);
  if (exact) return exact;
  const digits = text.replace(/\D/gu, '');
  if (/^\s*\d{3,4}\s*$/u.test(text)) return parseClockTime(`${digits.slice(0, -2)}:${digits.slice(-2)}`);
  if (digits.length > 4) return parseClockTime(`${digits.slice(-4, -2)}:${digits.slice(-2)}`);
  return undefined;
}
