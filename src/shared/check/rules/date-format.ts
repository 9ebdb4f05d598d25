/**
 * Dates in an official document's text are written out with Decree 30's leading zero (PL I §II.4:
 * a day below 10 and the months 1 and 2 take a 0): "31/01/2024" and "ngày 5 tháng 1 năm 2024"
 * become "ngày 05 tháng 01 năm 2024". A news article keeps the portal's short dates.
 */
import { kindOf } from '../../document/kinds';
import { formatNd30Date, isValidIsoDate } from '../../text/nd30-date';
import type { CheckRule } from '../check-input';
import { findInTexts, type TextFinding } from './text-rule';

function iso(day: string, month: string, year: string): string | null {
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : null;
}

function datesIn(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const match of text.matchAll(/(?<![\d/])(ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/giu)) {
    const date = iso(match[2] ?? '', match[3] ?? '', match[4] ?? '');
    if (!date) continue;
    found.push({ kind: 'date-format', message: `Ngày viết tắt "${match[0]}": văn bản hành chính ghi "${formatNd30Date(date)}"`, text: match[0], index: match.index, fix: formatNd30Date(date) });
  }
  for (const match of text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/giu)) {
    const date = iso(match[1] ?? '', match[2] ?? '', match[3] ?? '');
    if (!date) continue;
    const right = formatNd30Date(date);
    const written = match[0].toLocaleLowerCase('vi');
    if (written === right) continue;
    found.push({ kind: 'date-format', message: `Ngày dưới 10 và tháng 1, 2 thêm số 0 phía trước: "${right}"`, text: match[0], index: match.index, fix: match[0].startsWith('N') ? right.charAt(0).toUpperCase() + right.slice(1) : right });
  }
  return found;
}

export const dateFormatRule: CheckRule = (input) => (kindOf(input.document.kind).checks !== 'official' ? [] : findInTexts(input, datesIn, { frame: false }));
