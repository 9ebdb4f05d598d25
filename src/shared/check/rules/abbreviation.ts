/**
 * Abbreviations defined before use (Decree 30, PL I §II.6: the first use of an abbreviation stands
 * in brackets right after the words it shortens). Reported once per abbreviation, at its first use
 * when that use is not in brackets. News articles and the signing marks (TM., KT., …) are left alone.
 */
import { kindOf } from '../../document/kinds';
import { UNIT_KINDS } from '../../profile/organisation';
import { isVietnameseSyllable } from '../../text/spelling/syllables';
import { textBlocks } from '../body-blocks';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

const ACRONYM = /(?<![\p{L}\p{M}\d])(\p{Lu}{2,8})(?![\p{L}\p{M}\d])/gu;
const ROMAN = /^[IVXLC]+$/u;
const SIGNING = new Set(['TM', 'KT', 'TL', 'TUQ', 'QĐ', 'TB', 'BC', 'CT', 'KH', 'NQ', 'HD', 'VT', 'PM', 'AM']);

/** Where the organisation's registered name (Thông tin cơ quan, e.g. "Ủy ban MTTQ Việt Nam phường …") stands in a text. */
function nameSpans(text: string, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!name) return spans;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  return spans;
}

/**
 * The registered name and its body without the place ("Ủy ban MTTQ Việt Nam" of "… phường Khương
 * Đình"): "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường" names the same committee.
 */
function ownNames(orgName: string): string[] {
  const name = orgName.trim();
  if (!name) return [];
  const lower = name.toLocaleLowerCase('vi');
  const cuts = UNIT_KINDS.map((kind) => lower.lastIndexOf(` ${kind} `)).filter((at) => at > 0);
  return cuts.length ? [name, name.slice(0, Math.min(...cuts))] : [name];
}

export const abbreviationRule: CheckRule = ({ document, profile }) => {
  if (kindOf(document.kind).checks !== 'official') return [];
  // The registered name is how the committee is known (it heads every document): not a use to explain.
  const names = ownNames(profile?.orgName ?? '');
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const block of textBlocks(document.body)) {
    // A heading or a line in capitals is not an abbreviation's use.
    if (block.text === block.text.toLocaleUpperCase('vi')) continue;
    const spans = names.flatMap((name) => nameSpans(block.text, name));
    for (const match of block.text.matchAll(ACRONYM)) {
      const acronym = match[1] ?? '';
      if (spans.some(([start, end]) => match.index >= start && match.index < end)) continue;
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
