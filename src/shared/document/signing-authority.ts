/**
 * The signing authority prefix (TM., KT., Q., TL., TUQ. — ND30 PL I §II.7) printed exactly once.
 * Clerks type the prefix into the line that follows it ("TM. BAN THƯỜNG TRỰC" in Tập thể/chức danh
 * beside a chosen "TM.", or twice in a party's Dòng ký); the block must not read "TM. TM. …". Case,
 * spacing and Unicode form do not matter. Two different prefixes on one line contradict each other
 * and are refused where the line is saved (a KT. line under a TM. line stays the title's business).
 */
import { AppError } from '../errors/app-error';
import { labelForPath } from '../errors/field-labels';
import { toNfc } from '../text/nfc';

const PREFIX = /^(TUQ|TM|KT|TL|Q)[^\S\n]*\.[^\S\n]*/u;

export interface AuthorityParts {
  /** The leading prefixes as typed, upper case with their dot: ["TM.", "TM."]. */
  prefixes: string[];
  /** What follows them, upper case, single spaces (line breaks kept). */
  rest: string;
}

const clean = (line: string) =>
  toNfc(line)
    .toLocaleUpperCase('vi')
    .split('\n')
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');

export function splitAuthority(line: string): AuthorityParts {
  let rest = clean(line);
  const prefixes: string[] = [];
  for (let match = PREFIX.exec(rest); match; match = PREFIX.exec(rest)) {
    prefixes.push(`${match[1] ?? ''}.`);
    rest = rest.slice(match[0].length);
  }
  return { prefixes, rest };
}

const distinct = (prefixes: readonly string[]) => [...new Set(prefixes)];

/** The line as it prints: the prefix once ("tm.  tm. ban thường trực" → "TM. BAN THƯỜNG TRỰC"). */
export function authorityLineOnce(line: string, chosen = ''): string {
  const { prefixes, rest } = splitAuthority(line);
  return [...distinct([chosen, ...prefixes].filter(Boolean)), rest].filter(Boolean).join(' ');
}

/** Why a party's Dòng ký cannot print, or null: two different prefixes ("TM. KT. …"). */
export function authorityLineProblem(line: string): string | null {
  const found = distinct(splitAuthority(line).prefixes);
  if (found.length < 2) return null;
  return `Dòng ký có hai quyền hạn ký khác nhau (${found.join(' và ')}): chỉ giữ một, ví dụ "${found[0]} ${splitAuthority(line).rest || 'BAN THƯỜNG TRỰC'}"`;
}

/** Why a signer's first line cannot print, or null: the chosen Quyền hạn ký and the typed one disagree. */
export function signerAuthorityProblem(signer: { authority: string; authorityOf: string }): { field: 'authorityOf'; message: string } | null {
  const own = authorityLineProblem(signer.authorityOf);
  if (own) return { field: 'authorityOf', message: own.replace('Dòng ký', 'Tập thể/chức danh') };
  const typed = splitAuthority(signer.authorityOf).prefixes[0];
  if (!signer.authority || !typed || typed === signer.authority) return null;
  return {
    field: 'authorityOf',
    message: `Tập thể/chức danh bắt đầu bằng "${typed}" nhưng Quyền hạn ký đã chọn là "${signer.authority}": bỏ "${typed}" ở ô Tập thể/chức danh hoặc chọn Quyền hạn ký "${typed}"`,
  };
}

/** Refuses a signer whose first line would contradict itself (the document's, or the profile's default). */
export function assertSignerAuthority(signer: { authority: string; authorityOf: string }, path: readonly string[]): void {
  const problem = signerAuthorityProblem(signer);
  if (problem) throw new AppError('invalid_input', problem.message, { where: labelForPath([...path, problem.field]) });
}
