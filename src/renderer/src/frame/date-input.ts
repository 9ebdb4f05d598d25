/** Dates typed as the UI shows them (docs/ui-conventions.md: 31/01/2024, 24-hour times), stored as ISO. */
import { isValidIsoDate } from '../../../shared/text/nd30-date';

/** "31/01/2024" or "31/1/2024" → "2024-01-31"; "" → null; anything else → undefined (invalid). */
export function parseShortDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
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
