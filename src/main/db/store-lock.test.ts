import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { acquireStoreLock, lockFileFor, readLock, type LockEnvironment } from './store-lock';

let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  tmp = makeTempDir('thuky-lock-');
  dbPath = path.join(tmp.dir, 'thuky.db');
});
afterEach(() => tmp.cleanup());

/** A machine where only the listed pids run. */
function machine(pid: number, alive: number[], host = 'may-van-thu'): LockEnvironment {
  return { pid, host, now: () => new Date('2026-12-03T08:04:00.000Z'), isAlive: (other) => alive.includes(other) };
}

describe('store lock', () => {
  it('is a file beside the database naming door, pid, time and machine; released, it is gone', () => {
    const lock = acquireStoreLock(dbPath, { door: 'cli', command: 'restore' }, machine(100, [100]));
    expect(lock.file).toBe(`${dbPath}.lock`);
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toEqual({ door: 'cli', pid: 100, since: '2026-12-03T08:04:00.000Z', host: 'may-van-thu', command: 'restore' });
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
    lock.release();
  });

  it('refuses a second writer while the holder lives, naming who holds it, and leaves the lock as it was', () => {
    const first = acquireStoreLock(dbPath, { door: 'web' }, machine(100, [100, 200]));
    const before = fs.readFileSync(first.file, 'utf8');
    expect(() => acquireStoreLock(dbPath, { door: 'cli', command: 'new' }, machine(200, [100, 200]))).toThrow(
      /«thuky\.db» đang được Thư ký chạy trên trình duyệt \(npm run web\) mở để ghi \(tiến trình 100, từ \d\d:\d\d ngày 03\/12\/2026\).*chưa có gì được ghi/,
    );
    expect(fs.readFileSync(first.file, 'utf8')).toBe(before);
    first.release();
  });

  it('names the CLI command and the other machine when the holder is elsewhere (never judged stale from here)', () => {
    acquireStoreLock(dbPath, { door: 'cli', command: 'archive' }, machine(300, [], 'may-khac'));
    expect(() => acquireStoreLock(dbPath, { door: 'electron' }, machine(400, [400]))).toThrow(/lệnh «thuky archive» .*tiến trình 300 trên máy «may-khac»/);
  });

  it('takes over a lock whose process is gone', () => {
    acquireStoreLock(dbPath, { door: 'electron' }, machine(500, [500]));
    const lock = acquireStoreLock(dbPath, { door: 'cli', command: 'new' }, machine(600, [600]));
    expect(readLock(lockFileFor(dbPath))).toMatchObject({ state: 'holder', holder: { pid: 600, door: 'cli' } });
    lock.release();
  });

  it('does not take over a lock file that is empty but fresh (a writer between create and write); an old empty one is stale', () => {
    fs.writeFileSync(lockFileFor(dbPath), '');
    expect(() => acquireStoreLock(dbPath, { door: 'web' }, machine(700, [700]))).toThrow(/đang được một chương trình Thư ký khác mở để ghi/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFileFor(dbPath), old, old);
    const env = { ...machine(700, [700]), now: () => new Date() };
    acquireStoreLock(dbPath, { door: 'web' }, env).release();
  });

  it('a takeover guard left by a process that died mid-takeover does not block for ever', () => {
    acquireStoreLock(dbPath, { door: 'electron' }, machine(800, [800]));
    const guard = `${lockFileFor(dbPath)}.takeover`;
    fs.writeFileSync(guard, '800');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(guard, old, old);
    const lock = acquireStoreLock(dbPath, { door: 'web' }, { ...machine(900, [900]), now: () => new Date() });
    expect(lock.holder.pid).toBe(900);
    expect(fs.existsSync(guard)).toBe(false);
    lock.release();
  });

  it('release leaves alone a lock that another process has taken meanwhile', () => {
    const mine = acquireStoreLock(dbPath, { door: 'web' }, machine(100, [100]));
    fs.writeFileSync(mine.file, JSON.stringify({ door: 'cli', pid: 222, since: '2026-12-03T09:00:00.000Z', host: 'may-van-thu' }));
    mine.release();
    expect(readLock(mine.file)).toMatchObject({ state: 'holder', holder: { pid: 222 } });
  });
});
