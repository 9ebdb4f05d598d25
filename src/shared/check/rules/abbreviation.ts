/**
 * Abbreviations defined before use (Decree 30, PL I §II.6: the first use of an abbreviation stands
 * in brackets right after the words it shortens). Reported once per abbreviation, at its first use
 * when that use is not in brackets. News articles and the signing marks (TM., KT., …) are left alone.
 */
import { kindOf } from '../../document/kinds';
import { isVietnameseSyllable } from '../../text/spelling/syllables';
import { textBlocks } from '../body-blocks';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

const ACRONYM = /(?<![\p{L}\p{M}\d])(\p{Lu}{2,8})(?![\p{L}\p{M}\d])/gu;
const ROMAN = /^[IVXLC]+$/u;
const SIGNING = new Set(['TM', 'KT', 'TL', 'TUQ', 'QĐ', 'TB', 'BC', 'CT', 'KH', 'NQ', 'HD', 'VT', 'PM', 'AM']);

export const abbreviationRule: CheckRule = ({ document }) => {
  if (kindOf(document.kind).checks !== 'official') return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const block of textBlocks(document.body)) {
    // A heading or a line in capitals is not an abbreviation's use.
    if (block.text === block.text.toLocaleUpperCase('vi')) continue;
    for (const match of block.text.matchAll(ACRONYM)) {
      const acronym = match[1] ?? '';
      // A word in capitals ("ĐẠI BIỂU") is a word, not an abbreviation.
      if (seen.has(acronym) || ROMAN.test(acronym) || SIGNING.has(acronym) || isVietnameseSyllable(acronym)) continue;
      seen.add(acronym);
      const before = block.text.slice(0, match.index);
      const inBrackets = /\(\s*(?:sau đây (?:gọi|viết) tắt là\s*)?$/iu.test(before);
      if (inBrackets) continue;
      findings.push({
        kind: 'abbreviation',
        message: `Chữ viết tắt "${acronym}" dùng lần đầu mà chưa giải thích: ghi tên đầy đủ rồi "(${acronym})" ở lần đầu`,
        text: acronym,
        from: block.start + match.index,
        to: block.start + match.index + acronym.length,
      });
    }
  }
  return findings;
};
