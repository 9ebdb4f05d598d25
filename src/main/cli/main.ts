/**
 * `thuky` CLI entry. Exit codes: 0 done, 1 bad input or refused, 2 unexpected failure.
 * With --json, stdout holds JSON only; errors always go to stderr as one line.
 */
import { formatErrorLine } from '../../shared/errors/app-error';
import { toAppError } from '../ipc/to-app-error';
import { resolveDbPath } from '../paths/data-dir';
import type { StoreLock } from '../db/store-lock';
import type { Services } from '../services/services';
import { parseCliArgs } from './args';
import { COMMANDS, USAGE } from './commands';
import { openStoreForCli } from './store-commands';

export async function runCli(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let services: Services | undefined;
  let lock: StoreLock | null = null;
  try {
    const args = parseCliArgs(argv);
    if (args.values.help || !args.command) {
      out(USAGE);
      return args.command || args.values.help ? 0 : 1;
    }
    const load = COMMANDS[args.command];
    if (!load) {
      err(`Lệnh không hợp lệ: "${args.command}". Gõ "thuky --help" để xem các lệnh.`);
      return 1;
    }
    ({ services, lock } = await openStoreForCli(resolveDbPath(args.values.db), args, out));
    if (!services) return 0; // `thuky restore FILE` after a quarantine: done while opening
    const command = await load();
    await command(services, args, out);
    return 0;
  } catch (error) {
    const appError = toAppError(error);
    err(`Lỗi: ${formatErrorLine(appError.toShape())}`);
    if (appError.code === 'internal' && appError.detail) err(appError.detail);
    return appError.code === 'internal' ? 2 : 1;
  } finally {
    services?.close();
    lock?.release();
  }
}
