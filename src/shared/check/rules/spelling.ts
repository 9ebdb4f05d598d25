/** Spelling: words that are not Vietnamese syllables (shared/text/spelling), with suggestions. */
import { unknownWords } from '../../text/spelling/spell-check';
import { suggestSyllables } from '../../text/spelling/suggest';
import { textBlocks } from '../body-blocks';
import { frameTexts, type CheckRule } from '../check-input';
import type { Finding } from '../finding';

function finding(word: string, from: number, field?: string): Finding {
  const suggestions = suggestSyllables(word, 3);
  const hint = suggestions.length ? ` — có phải "${suggestions.join('", "')}"?` : '';
  return { kind: 'spelling', message: `Sai chính tả: "${word}" không phải một tiếng Việt${hint}`, text: word, from, to: from + word.length, ...(field ? { field } : {}) };
}

export const spellingRule: CheckRule = ({ document, userWords }) => {
  const findings: Finding[] = [];
  for (const { field, text } of frameTexts(document)) {
    for (const unknown of unknownWords(text, userWords)) findings.push(finding(unknown.word, unknown.index, field));
  }
  for (const block of textBlocks(document.body)) {
    for (const unknown of unknownWords(block.text, userWords)) findings.push(finding(unknown.word, block.start + unknown.index));
  }
  return findings;
};
