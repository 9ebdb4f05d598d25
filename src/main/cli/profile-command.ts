/**
 * `thuky profile show [--json]` and `thuky profile set TỆP.json`: Thông tin cơ quan from the command
 * line (a script, a new machine without the app open), and the one rule that the CLI writes no
 * document before the organisation is known — there is no built-in ward to fall back on.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors/app-error';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

/** Commands that write a document under the organisation's name. */
const NEEDS_PROFILE = new Set(['new', 'export', 'event']);

export const PROFILE_MISSING =
  'Chưa có Thông tin cơ quan (tên cơ quan, cấp, địa danh, người ký): mở Thư ký (npm start hoặc npm run web) để nhập, hoặc nạp từ tệp: thuky profile set TỆP.json';

/** Refuses, in Vietnamese, a command that would issue a document before Thông tin cơ quan is saved. */
export function requireProfileFor(services: Services, args: Pick<CliArgs, 'command' | 'positionals'>): void {
  if (!NEEDS_PROFILE.has(args.command ?? '') || (args.command === 'event' && args.positionals[0] === 'show')) return;
  if (!services.profile.isSet()) throw new AppError('invalid_input', PROFILE_MISSING, { where: 'Thông tin cơ quan' });
}

export function profileCommand(services: Services, args: CliArgs, print: Print): void {
  const [action, file] = args.positionals;
  if (action === 'set') {
    if (!file) throw new AppError('invalid_input', 'Thiếu tệp. Cách dùng: thuky profile set TỆP.json', { where: 'tham số' });
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new AppError('invalid_input', `Không đọc được tệp JSON "${file}": ${(error as Error).message}`, { where: file });
    }
    const saved = services.profile.save(data);
    print(args.values.json ? JSON.stringify(saved, null, 2) : `Đã lưu Thông tin cơ quan: ${saved.orgName}`);
    return;
  }
  if (action !== undefined && action !== 'show') throw new AppError('invalid_input', `Lệnh không hợp lệ: "profile ${action}". Cách dùng: thuky profile show [--json] | thuky profile set TỆP.json`, { where: 'tham số' });
  if (!services.profile.isSet()) throw new AppError('invalid_input', PROFILE_MISSING, { where: 'Thông tin cơ quan' });
  const profile = services.profile.get();
  if (args.values.json) return print(JSON.stringify(profile, null, 2));
  print([profile.orgName, ...profile.parentBody.map((line) => `  ${line}`), `Địa danh: ${profile.place}`, `Người ký: ${[profile.signer.authority, profile.signer.authorityOf, profile.signer.title, profile.signer.name].filter(Boolean).join(' ')}`].join('\n'));
}
