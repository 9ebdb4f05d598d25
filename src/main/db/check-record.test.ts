/**
 * The CLI skips the whole-file quick_check only for a database exactly as a check or a clean
 * session left it, with no crashed session since; every damage that changes the file is still
 * found and quarantined, and the app's start ('always') checks whatever the record says.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOrRecover } from '../services/recovery-service';
import { createServices } from '../services/services';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { checkStillValid, crashMarkers } from './check-record';

const PAGE = 4096;
let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;

beforeEach(async () => {
  tmp = makeTempDir();
  dbPath = path.join(tmp.dir, 'thuky.db');
  const services = createServices(dbPath);
  for (let i = 0; i < 40; i++) services.documents.importDocument(sampleDocument(`Báo cáo số ${i}`, [`Hội nghị phường Thanh Xuân lần ${i}. `.repeat(40)]));
  await services.backup.backupNow();
  services.close();
  // One CLI call: checks the new file, and its clean close records the file as it leaves it.
  const first = await openOrRecover(dbPath, { autoBackup: false, check: 'when-changed' });
  expect(first.ok).toBe(true);
  if (first.ok) first.services.close();
  expect(checkStillValid(dbPath)).toBe(true);
});
afterEach(() => tmp.cleanup());

function overwriteKeepingTimes(file: string, offset: number, bytes: Buffer): void {
  const before = fs.statSync(file);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
  fs.utimesSync(file, before.atime, before.mtime);
}

/** A pid that no process has now: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the check record', () => {
  const damages: [string, (file: string) => void][] = [
    ['b-tree pages zeroed', (file) => fs.writeFileSync(file, Buffer.concat([fs.readFileSync(file).subarray(0, 2 * PAGE), Buffer.alloc(3 * PAGE), fs.readFileSync(file).subarray(5 * PAGE)]))],
    ['truncated', (file) => fs.truncateSync(file, 3 * PAGE + 100)],
    ['replaced by text', (file) => fs.writeFileSync(file, 'không phải cơ sở dữ liệu\n'.repeat(400))],
  ];
  for (const [name, damage] of damages) {
    it(`a CLI call still quarantines a file changed after the record: ${name}`, async () => {
      damage(dbPath);
      expect(checkStillValid(dbPath)).toBe(false);
      const outcome = await openOrRecover(dbPath, { autoBackup: false, check: 'when-changed' });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.quarantinedTo).not.toBeNull();
    });
  }

  it('an unchanged file is not read again by the CLI, while the app start checks it anyway', async () => {
    // Damage that keeps size, mtime and inode: only a real check can see it. The CLI trusts the
    // record (that is the saving); the app's start does not.
    overwriteKeepingTimes(dbPath, 2 * PAGE, Buffer.alloc(3 * PAGE));
    expect(checkStillValid(dbPath)).toBe(true);
    const cli = await openOrRecover(dbPath, { autoBackup: false, check: 'when-changed' });
    expect(cli.ok).toBe(true);
    if (cli.ok) cli.services.db.close(); // not services.close(): that would record the file again
    const app = await openOrRecover(dbPath, { autoBackup: false });
    expect(app.ok).toBe(false);
  });

  it('a session that never closed (crash marker) makes the next CLI call check the whole file', async () => {
    overwriteKeepingTimes(dbPath, 2 * PAGE, Buffer.alloc(3 * PAGE));
    fs.writeFileSync(`${dbPath}.open-${deadPid()}`, '');
    expect(crashMarkers(dbPath)).toHaveLength(1);
    expect(checkStillValid(dbPath)).toBe(false);
    const outcome = await openOrRecover(dbPath, { autoBackup: false, check: 'when-changed' });
    expect(outcome.ok).toBe(false);
  });

  it('a session still running elsewhere is not a crash; a clean close leaves no marker', async () => {
    fs.writeFileSync(`${dbPath}.open-${process.ppid}`, '');
    expect(crashMarkers(dbPath)).toEqual([]);
    expect(checkStillValid(dbPath)).toBe(true);
    fs.rmSync(`${dbPath}.open-${process.ppid}`);
    const opened = await openOrRecover(dbPath, { autoBackup: false, check: 'when-changed' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(fs.existsSync(`${dbPath}.open-${process.pid}`)).toBe(true);
    opened.services.documents.importDocument(sampleDocument('Mới', ['một đoạn']));
    opened.services.close();
    expect(fs.existsSync(`${dbPath}.open-${process.pid}`)).toBe(false);
    expect(checkStillValid(dbPath)).toBe(true); // our own clean writes keep the file trusted
  });
});
