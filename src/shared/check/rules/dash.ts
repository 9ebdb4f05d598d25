/**
 * Dashes: a hyphen or dash spaced on one side only ("2024- 2029", "MTTQ -UBND"), and a document
 * mixing the spaced en dash " – " with the spaced hyphen " - " (the rarer one is reported).
 */
import type { CheckRule } from '../check-input';
import { findInTexts, type TextFinding } from './text-rule';

function unevenIn(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const match of text.matchAll(/(?<=[\p{L}\d])(?: ([-–])(?=[\p{L}\d])|([-–]) (?=[\p{L}\d]))/gu)) {
    const dash = match[1] ?? match[2] ?? '-';
    found.push({ kind: 'dash', message: `Dấu "${dash}" chỉ có dấu cách một bên ("${text.slice(Math.max(0, match.index - 4), match.index + match[0].length + 4)}")`, text: match[0], index: match.index, fix: ` ${dash} ` });
  }
  return found;
}

export const dashRule: CheckRule = (input) => {
  const uneven = findInTexts(input, unevenIn);
  const spaced = findInTexts(input, (text) =>
    [...text.matchAll(/(?<=\S) ([-–]) (?=\S)/gu)].map((match) => ({ kind: 'dash', message: '', text: match[0], index: match.index })),
  );
  const hyphens = spaced.filter((f) => f.text.includes('-'));
  const dashes = spaced.filter((f) => f.text.includes('–'));
  if (!hyphens.length || !dashes.length) return uneven;
  const [rare, common] = hyphens.length < dashes.length ? [hyphens, ' – '] : [dashes, ' - '];
  return [
    ...uneven,
    ...rare.map((f) => ({ ...f, message: `Văn bản dùng lẫn "–" và "-": thống nhất dùng "${common.trim()}"`, fix: common })),
  ];
};
