/**
 * A year later than the document's own date ("năm 2026" stamped by a template into a report dated
 * 31/01/2024). Earlier years are normal (results of last year); ranges such as a term of office
 * ("nhiệm kỳ 2024 - 2029", "giai đoạn 2021–2025") are not a date and are left alone, and so is the
 * next year after a word of planning ("Phương hướng, nhiệm vụ năm 2025" closes a 2024 report).
 */
import { parseIsoDate } from '../../text/nd30-date';
import { textBlocks } from '../body-blocks';
import { frameTexts, type CheckRule } from '../check-input';
import type { Finding } from '../finding';

const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/])/gu;
const RANGE_BEFORE = /(?:\d{4}\s*[-–—]\s*|đến\s+(?:năm\s+)?|nhiệm\s+kỳ\s+|giai\s+đoạn\s+)$/iu;
const RANGE_AFTER = /^\s*[-–—]\s*\d{4}/u;
// Within the same clause before the year: what a report plans for the coming year.
const PLAN_BEFORE = /(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+kiến|định\s+hướng|năm\s+tới)[^.;!?\n]{0,40}$/iu;

function laterYears(text: string, documentYear: number): Array<{ year: string; index: number }> {
  const found: Array<{ year: string; index: number }> = [];
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[0]);
    if (year <= documentYear) continue;
    if (RANGE_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (RANGE_AFTER.test(text.slice(match.index + 4, match.index + 12))) continue;
    if (year === documentYear + 1 && PLAN_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    found.push({ year: match[0], index: match.index });
  }
  return found;
}

export const yearRule: CheckRule = ({ document }) => {
  const date = document.frame.date ? parseIsoDate(document.frame.date) : null;
  if (!date) return [];
  const message = (year: string) => `Năm ${year} khác năm của văn bản (ngày ban hành năm ${date.year}): kiểm tra lại`;
  const findings: Finding[] = [];
  for (const { field, text } of frameTexts(document)) {
    for (const { year, index } of laterYears(text, date.year)) findings.push({ kind: 'year', field, message: message(year), text: year, from: index, to: index + 4, fix: String(date.year) });
  }
  for (const block of textBlocks(document.body)) {
    for (const { year, index } of laterYears(block.text, date.year)) {
      findings.push({ kind: 'year', message: message(year), text: year, from: block.start + index, to: block.start + index + 4, fix: String(date.year) });
    }
  }
  return findings;
};
