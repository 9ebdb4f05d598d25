/** Spacing slips from real articles: doubled spaces, a space before punctuation, none after a comma. */
import type { CheckRule } from '../check-input';
import { findInTexts, type TextFinding } from './text-rule';

function spacingIn(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const match of text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
    found.push({ kind: 'spacing', message: 'Thừa dấu cách (hai dấu cách liền nhau)', text: match[0], index: match.index, fix: ' ' });
  }
  // " ..." is a template leftover and " ./." the end mark: not punctuation slips
  for (const match of text.matchAll(/(?<=[\p{L}\d)”"]) +([,;:!?]|\.(?![./]))/gu)) {
    found.push({ kind: 'spacing', message: `Thừa dấu cách trước dấu "${match[1]}"`, text: match[0], index: match.index, fix: match[1] ?? '' });
  }
  for (const match of text.matchAll(/(?<=\p{L})([,;])(?=\p{L})/gu)) {
    found.push({ kind: 'spacing', message: `Thiếu dấu cách sau dấu "${match[1]}"`, text: match[0], index: match.index, fix: `${match[1]} ` });
  }
  return found;
}

export const spacingRule: CheckRule = (input) => findInTexts(input, spacingIn);
