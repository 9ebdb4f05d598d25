/** Real words in the wrong place ("sử lý" → "xử lý"): every syllable exists, the phrase is wrong. */
import { findConfusions } from '../../text/spelling/confusions';
import { textBlocks } from '../body-blocks';
import { frameTexts, type CheckRule } from '../check-input';
import type { Finding } from '../finding';

export const confusionRule: CheckRule = ({ document }) => {
  const findings: Finding[] = [];
  const add = (text: string, offset: number, field?: string) => {
    for (const found of findConfusions(text)) {
      findings.push({
        kind: 'confusion',
        message: `Dễ nhầm: "${found.text}" — viết đúng là "${found.right}"`,
        text: found.text,
        from: offset + found.index,
        to: offset + found.index + found.text.length,
        fix: found.right,
        ...(field ? { field } : {}),
      });
    }
  };
  for (const { field, text } of frameTexts(document)) add(text, 0, field);
  for (const block of textBlocks(document.body)) add(block.text, block.start);
  return findings;
};
