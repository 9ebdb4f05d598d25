/**
 * What every door calls to open the store: check the file, quarantine it when unusable, open
 * and migrate when healthy, then make the daily backup if the newest is older than 24 h. The app
 * checks the whole file at every start; a CLI call skips the check when the file is exactly as a
 * check or a clean session of ours left it and no session crashed since (db/check-record.ts).
 */
import type { BackupInfo } from '../db/backup-store';
import { openSession } from '../db/check-record';
import { inspectAndQuarantine, installBackup, type Problem } from '../db/recovery';
import { backupDateLabel } from './backup-service';
import { createServices, type ServiceOptions, type Services } from './services';

export type OpenOutcome = { ok: true; services: Services; autoBackup: BackupInfo | null } | ({ ok: false } & Problem);

export interface OpenOrRecoverOptions extends ServiceOptions {
  /** The backup on start when the newest is older than 24 h (default true). */
  autoBackup?: boolean;
  /** The user chose to start with an empty database although a quarantined file or backups exist. */
  startEmpty?: boolean;
  /**
   * 'always' (the app's start): quick_check the whole file. 'when-changed' (each CLI call): only when
   * the file changed since it was last found sound, or a session crashed. Default 'always'.
   */
  check?: 'always' | 'when-changed';
}

export async function openOrRecover(dbPath: string, options: OpenOrRecoverOptions = {}): Promise<OpenOutcome> {
  const problem = inspectAndQuarantine(dbPath, backupDateLabel, { startEmpty: options.startEmpty ?? false, trustCheckRecord: options.check === 'when-changed' });
  if (problem) return { ok: false, ...problem };
  const services = withSession(dbPath, createServices(dbPath, options));
  let autoBackup: BackupInfo | null = null;
  try {
    services.backup.removeInterrupted();
  } catch {
    // Tidying must never keep the user from working.
  }
  if (options.autoBackup ?? true) {
    try {
      autoBackup = await services.backup.backupIfStale();
    } catch {
      // A failed automatic backup must not keep the user from working; "Sao lưu ngay" reports errors.
    }
  }
  return { ok: true, services, autoBackup };
}

/**
 * The services with an open marker for this process (a crash leaves it behind) and, on a clean
 * close, the files recorded as sound: the next CLI call need not check them again (check-record.ts).
 */
export function withSession(dbPath: string, opened: Services): Services {
  if (dbPath === ':memory:') return opened;
  const session = openSession(dbPath);
  return {
    ...opened,
    close: () => {
      const wasOpen = opened.db.open;
      opened.close();
      if (wasOpen) session.close();
    },
  };
}

/** After a problem: put the chosen backup in place of the quarantined file and open it. */
export async function recoverFromBackup(dbPath: string, backupFile: string, options: OpenOrRecoverOptions = {}): Promise<OpenOutcome> {
  installBackup(dbPath, backupFile);
  return openOrRecover(dbPath, options);
}
