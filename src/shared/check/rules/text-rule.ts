/** Runs a per-text finder over the body's blocks (positions) and the frame's text fields (offsets). */
import { textBlocks } from '../body-blocks';
import { frameTexts, type CheckInput } from '../check-input';
import type { Finding } from '../finding';

export type TextFinding = Omit<Finding, 'from' | 'to' | 'field'> & { index: number };

export function findInTexts(input: CheckInput, find: (text: string) => TextFinding[], options: { frame?: boolean } = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (text: string, offset: number, field?: string) => {
    for (const { index, ...found } of find(text)) {
      findings.push({ ...found, from: offset + index, to: offset + index + found.text.length, ...(field ? { field } : {}) });
    }
  };
  if (options.frame !== false) for (const { field, text } of frameTexts(input.document)) add(text, 0, field);
  for (const block of textBlocks(input.document.body)) add(block.text, block.start);
  return findings;
}
