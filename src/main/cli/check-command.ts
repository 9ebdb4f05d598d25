/** `thuky check ID [--json]`: the writing check's findings; exit 0 even with findings (they are advice). */
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';
import { requireId } from './document-commands';

export function checkCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky check ID [--json]');
  const findings = services.exports.check(id);
  if (args.values.json) {
    return print(JSON.stringify(findings.map(({ kind, message, text, from, to, field, fix }) => ({ kind, message, text, from, to, ...(field ? { field } : {}), ...(fix !== undefined ? { fix } : {}) }))));
  }
  if (findings.length === 0) return print('Không thấy lỗi cách viết nào.');
  for (const finding of findings) print(`${finding.field ?? `vị trí ${finding.from}`}  [${finding.kind}]  ${finding.message}`);
}
