/**
 * How a door opens the store: a writer (the app, the harness, a CLI command that changes data)
 * takes the one lock first and then opens with the safety net (quarantine, migrations, daily
 * backup); a reader (list, show, search, export) opens beside a running app without the lock, but
 * only a healthy database at the current schema: anything that would need writing to set right
 * (a fresh file, a migration, a quarantine) is done by a writer, under the lock.
 */
import { readableBeside } from '../db/reader-access';
import { acquireStoreLock, type Door, type LockEnvironment, type StoreLock } from '../db/store-lock';
import { openOrRecover, withSession, type OpenOrRecoverOptions, type OpenOutcome } from './recovery-service';
import { createServices } from './services';

export interface DoorAccess {
  door: Door;
  /** The CLI command, named in the message another writer gets. */
  command?: string;
  writes: boolean;
}

export interface DoorOpening {
  outcome: OpenOutcome;
  /** Held until the door closes; null for a reader beside the app. */
  lock: StoreLock | null;
}

export async function openForDoor(dbPath: string, access: DoorAccess, options: OpenOrRecoverOptions = {}, env?: LockEnvironment): Promise<DoorOpening> {
  if (!access.writes && readableBeside(dbPath, options.check === 'when-changed')) {
    return { outcome: { ok: true, services: withSession(dbPath, createServices(dbPath, options)), autoBackup: null }, lock: null };
  }
  const lock = acquireStoreLock(dbPath, { door: access.door, command: access.command }, env);
  try {
    return { outcome: await openOrRecover(dbPath, options), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}
