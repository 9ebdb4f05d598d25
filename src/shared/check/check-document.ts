/**
 * "Kiểm tra": everything a văn thư would send back, as findings (finding.ts). Each rule family lives
 * in its own file under rules/; add a family by adding it to CHECK_RULES. Every door (the Kiểm tra
 * panel through IPC/web, the Word export's warnings, the CLI) calls checkDocument.
 */
import type { CheckInput, CheckRule } from './check-input';
import type { Finding } from './finding';
import { attendanceNamesRule } from './rules/attendance-names';
import { figuresRule } from './rules/figures';
import { leftoverRule } from './rules/leftover';
import { missingFieldRule } from './rules/missing-field';
import { pledgeDataRule } from './rules/pledge-data';
import { toneStyleRule } from './rules/tone-style';
import { spellingRule } from './rules/spelling';
import { confusionRule } from './rules/confusion';
import { dashRule } from './rules/dash';
import { spacingRule } from './rules/spacing';
import { dateFormatRule } from './rules/date-format';
import { capitalisationRule } from './rules/capitalisation';
import { abbreviationRule } from './rules/abbreviation';
import { yearRule } from './rules/year';

/** What an official document lacks: the rules the Word export's warnings need (it runs only these). */
export const MISSING_RULES: readonly CheckRule[] = [missingFieldRule, pledgeDataRule, leftoverRule, yearRule, attendanceNamesRule, figuresRule];

export const CHECK_RULES: readonly CheckRule[] = [
  ...MISSING_RULES,
  spellingRule,
  confusionRule,
  toneStyleRule,
  dashRule,
  spacingRule,
  dateFormatRule,
  capitalisationRule,
  abbreviationRule,
];

/** Kinds about how the text is written (advice in the Kiểm tra panel), not what an official document lacks. */
export const WRITING_KINDS: ReadonlySet<string> = new Set([
  'spelling', 'confusion', 'tone-style', 'dash', 'spacing', 'date-format', 'capitalisation', 'abbreviation',
]);

export function checkDocument(input: CheckInput, rules: readonly CheckRule[] = CHECK_RULES): Finding[] {
  return rules.flatMap((rule) => rule(input));
}
