/**
 * Opens the one database: pragmas for durability, migrations by user_version, and refusal of a
 * database written by a newer thuky (never modified: we check before any write).
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { connectDatabase } from './connection';
import { storageErrorAtOpen } from './storage-errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';
import { writeBackupSync } from './backup-store';

export type Db = Database.Database;

export interface OpenOptions {
  /** Override for tests: the migrations to apply (default: all). */
  migrations?: readonly Migration[];
  readonly?: boolean;
  /** A verified backup before migrating a database that already holds data (default true). */
  backupBeforeMigration?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = migrations[migrations.length - 1]?.version ?? SCHEMA_VERSION;
  const { db, version } = connectDatabase(file, { readonly: options.readonly ?? false, newestVersion: target });
  if (options.readonly) return db;
  try {
    migrate(db, version, migrations, options.backupBeforeMigration === false ? undefined : file);
    return db;
  } catch (error) {
    db.close();
    throw storageErrorAtOpen(error, path.basename(file)) ?? error;
  }
}

/**
 * Each migration runs in its own transaction together with its user_version bump. A database that
 * already has a schema (user_version > 0) is first copied to <dbdir>/backups/ when backupFile is set.
 */
export function migrate(db: Db, from: number, migrations: readonly Migration[], backupFile?: string): void {
  const pending = migrations.filter((migration) => migration.version > from);
  if (backupFile && from > 0 && pending.length > 0 && backupFile !== ':memory:') {
    writeBackupSync(db, backupFile, new Date(), 'truoc-nang-cap', from);
  }
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
