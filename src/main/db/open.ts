/**
 * Opens the one database: pragmas for durability, migrations by user_version, and refusal of a
 * database written by a newer thuky (never modified: we check before any write).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite';
import { storageErrorAtOpen } from './storage-errors';
import { AppError } from '../../shared/errors/app-error';
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
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = openSqlite(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (cause) {
    const storage = storageErrorAtOpen(cause, path.basename(file));
    if (storage) throw storage;
    throw new AppError('db_unusable', `Không mở được cơ sở dữ liệu: ${String((cause as Error).message)}`, { where: file, cause });
  }
  try {
    // Read the version before touching anything: a newer database must stay byte-for-byte as it was.
    const version = readUserVersion(db, file);
    if (version > target) {
      throw new AppError(
        'db_newer',
        `Cơ sở dữ liệu được tạo bởi phiên bản Thư ký mới hơn (lược đồ ${version}, ứng dụng này hỗ trợ đến ${target}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.`,
        { where: file },
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, version, migrations, options.backupBeforeMigration === false ? undefined : file);
    return db;
  } catch (error) {
    db.close();
    throw storageErrorAtOpen(error, path.basename(file)) ?? error;
  }
}

function readUserVersion(db: Db, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (cause) {
    throw new AppError('db_unusable', 'Tệp này không phải cơ sở dữ liệu của Thư ký hoặc đã bị hỏng.', { where: file, cause, detail: String(cause) });
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
