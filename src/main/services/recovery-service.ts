/**
 * What every door calls to open the store: check the file, quarantine it when unusable, open
 * and migrate when healthy, then make the daily backup if the newest is older than 24 h.
 */
import type { BackupInfo } from '../db/backup-store';
import { inspectAndQuarantine, installBackup, type Problem } from '../db/recovery';
import { backupDateLabel } from './backup-service';
import { createServices, type ServiceOptions, type Services } from './services';

export type OpenOutcome = { ok: true; services: Services; autoBackup: BackupInfo | null } | ({ ok: false } & Problem);

export interface OpenOrRecoverOptions extends ServiceOptions {
  /** The backup on start when the newest is older than 24 h (default true). */
  autoBackup?: boolean;
  /** The user chose to start with an empty database although a quarantined file or backups exist. */
  startEmpty?: boolean;
}

export async function openOrRecover(dbPath: string, options: OpenOrRecoverOptions = {}): Promise<OpenOutcome> {
  const problem = inspectAndQuarantine(dbPath, backupDateLabel, { startEmpty: options.startEmpty ?? false });
  if (problem) return { ok: false, ...problem };
  const services = createServices(dbPath, options);
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

/** After a problem: put the chosen backup in place of the quarantined file and open it. */
export async function recoverFromBackup(dbPath: string, backupFile: string, options: OpenOrRecoverOptions = {}): Promise<OpenOutcome> {
  installBackup(dbPath, backupFile);
  return openOrRecover(dbPath, options);
}
