/**
 * "Kiểm tra": everything a văn thư would send back, as findings (finding.ts). Each rule family lives
 * in its own file under rules/; add a family by adding it to CHECK_RULES. Every door (the Kiểm tra
 * panel through IPC/web, the Word export's warnings, the CLI) calls checkDocument.
 */
import type { CheckInput, CheckRule } from './check-input';
import type { Finding } from './finding';
import { attendanceNamesRule } from './rules/attendance-names';
import { leftoverRule } from './rules/leftover';
import { missingFieldRule } from './rules/missing-field';
import { pledgeDataRule } from './rules/pledge-data';
import { toneStyleRule } from './rules/tone-style';
import { yearRule } from './rules/year';

export const CHECK_RULES: readonly CheckRule[] = [missingFieldRule, pledgeDataRule, leftoverRule, yearRule, attendanceNamesRule, toneStyleRule];

export function checkDocument(input: CheckInput, rules: readonly CheckRule[] = CHECK_RULES): Finding[] {
  return rules.flatMap((rule) => rule(input));
}
