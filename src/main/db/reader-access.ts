/**
 * A reader beside the app (no lock): allowed only when opening changes nothing — the file verifies
 * and is at the current schema. Anything that would need writing to set right (a fresh file, a
 * migration, a quarantine) is left to a writer, under the lock (services/store-access.ts).
 * Light on purpose: `thuky list` opens the database through here without loading the services.
 */
import type Database from 'better-sqlite3';
import { verifyDatabaseFile } from './backup-store';
import { checkStillValid, openSession, recordChecked } from './check-record';
import { connectDatabase } from './connection';
import { SCHEMA_VERSION } from './schema-version';

/**
 * True when a reader may open the file without the lock. With `trustRecord`, a file unchanged since
 * it was last found sound is not read whole again (check-record.ts).
 */
export function readableBeside(dbPath: string, trustRecord: boolean): boolean {
  const skipCheck = trustRecord && checkStillValid(dbPath);
  const verdict = verifyDatabaseFile(dbPath, { skipCheck });
  if (verdict.ok && !skipCheck) recordChecked(dbPath);
  return verdict.ok && verdict.userVersion === SCHEMA_VERSION;
}

export interface ReaderConnection {
  db: Database.Database;
  /** Closes the database and ends the session (its open marker, the check record). */
  close(): void;
}

/** The database alone for a reading command, or null when only a writer may open it (then open through openForDoor). */
export function openReaderBeside(dbPath: string): ReaderConnection | null {
  if (dbPath === ':memory:' || !readableBeside(dbPath, true)) return null;
  const { db } = connectDatabase(dbPath, { readonly: false, newestVersion: SCHEMA_VERSION });
  const session = openSession(dbPath);
  return {
    db,
    close() {
      if (!db.open) return;
      db.close();
      session.close();
    },
  };
}
