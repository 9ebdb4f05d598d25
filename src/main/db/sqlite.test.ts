import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, useNativeBinding } from './sqlite';

afterEach(() => useNativeBinding(undefined));

const nodeBuild = path.resolve(__dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');

describe('openSqlite and nativeBinding', () => {
  it('by default loads the Node build from node_modules', () => {
    const db = openSqlite(':memory:');
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('loads the addon the Electron main process chose, for every connection', () => {
    useNativeBinding(nodeBuild);
    const db = openSqlite(':memory:');
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    db.close();
    const missing = path.resolve('/nowhere/electron/better_sqlite3.node');
    useNativeBinding(missing);
    expect(() => openSqlite(':memory:')).toThrow(missing);
  });
});
