import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { AppError } from '../../shared/errors/app-error';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL and foreign keys', () => {
    const db = openDatabase(path.join(tmp.dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates an empty database to the latest version with every table', () => {
    const db = openDatabase(path.join(tmp.dir, 'b.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['profiles', 'documents', 'images', 'user_templates']));
    db.close();
  });

  it('runs each migration once, in order, and leaves a failed one fully rolled back', () => {
    const file = path.join(tmp.dir, 'c.db');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const broken = { version: SCHEMA_VERSION + 1, name: 'broken', up: (db: Database.Database) => db.exec('CREATE TABLE half (x); SELECT * FROM missing_table;') };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer app and leaves its bytes unchanged', () => {
    const file = path.join(tmp.dir, 'newer.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('db_newer');
    expect((caught as AppError).message).toMatch(/phiên bản Thư ký mới hơn/);
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(tmp.dir, 'text.db');
    fs.writeFileSync(file, 'đây không phải SQLite'.repeat(100));
    expect(() => openDatabase(file)).toThrow(/không phải cơ sở dữ liệu/);
  });
});
