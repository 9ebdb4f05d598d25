/**
 * One connection to the database with the durability pragmas, after refusing a database written by a
 * newer thuky (read before any write, so such a file stays byte-for-byte as it was). Migrations are
 * open.ts's business; a reader at the current version (`thuky list`) connects here without loading them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors/app-error';
import { openSqlite } from './sqlite';
import { storageErrorAtOpen } from './storage-errors';

export interface Connection {
  db: Database.Database;
  /** user_version as found, before any migration. */
  version: number;
}

export function connectDatabase(file: string, options: { readonly: boolean; newestVersion: number }): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = openSqlite(file, { readonly: options.readonly, fileMustExist: options.readonly });
  } catch (cause) {
    const storage = storageErrorAtOpen(cause, path.basename(file));
    if (storage) throw storage;
    throw new AppError('db_unusable', `Không mở được cơ sở dữ liệu: ${String((cause as Error).message)}`, { where: file, cause });
  }
  try {
    const version = readUserVersion(db, file);
    if (version > options.newestVersion) {
      throw new AppError(
        'db_newer',
        `Cơ sở dữ liệu được tạo bởi phiên bản Thư ký mới hơn (lược đồ ${version}, ứng dụng này hỗ trợ đến ${options.newestVersion}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.`,
        { where: file },
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return { db, version };
  } catch (error) {
    db.close();
    throw storageErrorAtOpen(error, path.basename(file)) ?? error;
  }
}

function readUserVersion(db: Database.Database, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (cause) {
    throw new AppError('db_unusable', 'Tệp này không phải cơ sở dữ liệu của Thư ký hoặc đã bị hỏng.', { where: file, cause, detail: String(cause) });
  }
}
