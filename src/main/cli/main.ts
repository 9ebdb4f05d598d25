/**
 * `thuky` CLI entry. Exit codes: 0 done, 1 bad input or refused, 2 unexpected failure.
 * With --json, stdout holds JSON only; errors always go to stderr as one line.
 * Everything past argument parsing is imported when needed (issue 16): `thuky list` opens the
 * database alone (no services, no zod); other commands load the services and their own module.
 */
import { formatErrorLine } from '../../shared/errors/app-error';
import { resolveDbPath } from '../paths/data-dir';
import type { StoreLock } from '../db/store-lock';
import type { ReaderConnection } from '../db/reader-access';
import type { Services } from '../services/services';
import { parseCliArgs } from './args';
import { COMMANDS, DB_COMMANDS, USAGE } from './commands';

export async function runCli(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let services: Services | undefined;
  let lock: StoreLock | null = null;
  let reader: ReaderConnection | null = null;
  try {
    const args = parseCliArgs(argv);
    if (args.values.help || !args.command) {
      out(USAGE);
      return args.command || args.values.help ? 0 : 1;
    }
    const loadDbCommand = DB_COMMANDS[args.command];
    const load = COMMANDS[args.command];
    if (!load && !loadDbCommand) {
      err(`Lệnh không hợp lệ: "${args.command}". Gõ "thuky --help" để xem các lệnh.`);
      return 1;
    }
    const dbPath = resolveDbPath(args.values.db);
    if (loadDbCommand) {
      // A sound database at the current schema is read as it is; anything else (missing, damaged,
      // older schema) goes through the writer's path below, with its lock and recovery.
      reader = (await import('../db/reader-access')).openReaderBeside(dbPath);
      if (reader) {
        (await loadDbCommand())(reader.db, args, out);
        return 0;
      }
    }
    const { openStoreForCli } = await import('./store-commands');
    ({ services, lock } = await openStoreForCli(dbPath, args, out));
    if (!services) return 0; // `thuky restore FILE` after a quarantine: done while opening
    if (loadDbCommand) (await loadDbCommand())(services.db, args, out);
    else {
      (await import('./profile-command')).requireProfileFor(services, args);
      await (await load!())(services, args, out);
    }
    return 0;
  } catch (error) {
    const { toAppError } = await import('../ipc/to-app-error');
    const appError = toAppError(error);
    err(`Lỗi: ${formatErrorLine(appError.toShape())}`);
    if (appError.code === 'internal' && appError.detail) err(appError.detail);
    return appError.code === 'internal' ? 2 : 1;
  } finally {
    reader?.close();
    services?.close();
    lock?.release();
  }
}
