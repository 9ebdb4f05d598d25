/**
 * Capitals in the names of organisations and titles, as Decree 30's appendix VI writes them
 * ("Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân", "Chủ tịch"): every word capitalised
 * ("Mặt Trận Tổ Quốc") or a proper name in lower case ("việt nam") is reported with the right form.
 * A heading in capitals is left alone; a lower-case generic use ("ủy ban các cấp") too.
 */
import { normaliseToneStyle } from '../../text/tone-style';
import type { CheckRule } from '../check-input';
import { findInTexts, type TextFinding } from './text-rule';

/** Right forms; `proper`: a proper name, wrong in lower case as well. */
const NAMES: ReadonlyArray<{ right: string; proper?: boolean }> = [
  { right: 'Mặt trận Tổ quốc Việt Nam', proper: true },
  { right: 'Mặt trận Tổ quốc', proper: true },
  { right: 'Việt Nam', proper: true },
  { right: 'Đảng Cộng sản Việt Nam', proper: true },
  { right: 'Ủy ban nhân dân' },
  { right: 'Hội đồng nhân dân' },
  { right: 'Ủy ban' },
  { right: 'Ban Thường trực' },
  { right: 'Ban Thường vụ' },
  { right: 'Chủ tịch' },
  { right: 'Phó Chủ tịch' },
  { right: 'Bí thư' },
  { right: 'Phó Bí thư' },
  { right: 'Hội Liên hiệp Phụ nữ', proper: true },
  { right: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', proper: true },
  { right: 'Hội Cựu chiến binh', proper: true },
  { right: 'Hội Nông dân', proper: true },
  { right: 'Công đoàn' },
];

const fold = (text: string) => normaliseToneStyle(text, 'old').toLocaleLowerCase('vi');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Longest names first, so "Mặt trận Tổ quốc Việt Nam" wins over "Việt Nam". */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(${[...NAMES].sort((a, b) => b.right.length - a.right.length).map((n) => escape(fold(n.right)).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
const BY_FOLD = new Map(NAMES.map((name) => [fold(name.right), name]));

function capitalsIn(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  // Fold is one character for one character (NFC, tone style, lower case), so offsets carry over.
  const folded = fold(text);
  if (folded.length !== text.length) return found;
  for (const match of folded.matchAll(PATTERN)) {
    const written = text.slice(match.index, match.index + match[0].length);
    const name = BY_FOLD.get(match[0].replace(/\s+/gu, ' '));
    if (!name) continue;
    const right = /uỷ|Uỷ|UỶ/u.test(written) ? normaliseToneStyle(name.right, 'new') : name.right;
    if (written.replace(/\s+/gu, ' ') === right) continue;
    if (written === written.toLocaleUpperCase('vi')) continue;
    const lower = written === written.toLocaleLowerCase('vi');
    if (lower && !name.proper) continue;
    // At the start of a sentence a generic lower-case name is capitalised: "Ủy ban" is then right.
    found.push({ kind: 'capitalisation', message: `Viết hoa chưa đúng: "${written}" — viết "${right}"`, text: written, index: match.index, fix: right });
  }
  return found;
}

export const capitalisationRule: CheckRule = (input) => findInTexts(input, capitalsIn);
