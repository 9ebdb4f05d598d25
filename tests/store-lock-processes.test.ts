/**
 * One lock for every door, with real processes: the web harness (`src/main/web/main.ts`, the door
 * `npm run web` starts) holds the database; the `thuky` CLI and a second harness are refused with
 * the holder named and write nothing; readers run beside; a killed holder's lock is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../src/main/services/services';
import { seedSampleProfile } from './support/sample-profile';
import { runThuky } from './support/cli-runner';
import { sampleDocument } from './support/store-fixtures';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
const HARNESS = path.join(root, 'src', 'main', 'web', 'main.ts');

interface RunningHarness {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; stderr: string }>;
}

/** Starts the real harness door on port 0; resolves with its URL, or rejects with what it printed when it exits first. */
function startHarnessProcess(db: string): Promise<RunningHarness> {
  const child = spawn(process.execPath, ['--import', 'tsx', HARNESS, '--db', db, '--port', '0'], { cwd: root, env: { ...process.env, THUKY_DB: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /đang chạy tại (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearInterval(timer);
        resolve({ child, url: match[1]!, exited });
      }
    }, 50);
    void exited.then(({ code }) => {
      clearInterval(timer);
      reject(Object.assign(new Error(`harness exited ${code}: ${stderr}`), { code, stderr }));
    });
  });
}

async function stop(harness: RunningHarness, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (harness.child.exitCode === null && harness.child.signalCode === null) harness.child.kill(signal);
  await harness.exited;
}

/** The harness still answers (a request without its token is refused with 403, by the server itself). */
async function stillServing(harness: RunningHarness): Promise<number> {
  const response = await fetch(new URL('/api/documents.list', harness.url), { method: 'POST', body: '{}' });
  return response.status;
}

function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

let tmp: ReturnType<typeof makeTempDir>;
let db: string;
let running: RunningHarness[] = [];
let docId: string;
let backupName: string;

beforeEach(async () => {
  tmp = makeTempDir('thuky-lock-proc-');
  db = path.join(tmp.dir, 'thuky.db');
  const services = createServices(db);
  seedSampleProfile(services);
  docId = services.documents.importDocument(sampleDocument('Báo cáo Thanh Xuân', ['Nội dung đã lưu'])).id;
  backupName = (await services.backup.backupNow()).name;
  services.close();
});
afterEach(async () => {
  await Promise.all(running.map((harness) => stop(harness, 'SIGKILL')));
  running = [];
  tmp.cleanup();
});

// Every step starts a real Node process (tsx compiles on the fly): generous time on a loaded machine.
describe('one lock for every door (real processes)', { timeout: 240_000 }, () => {
  it('CLI vs harness: restore and other writers are refused with the holder named; readers run beside; nothing is written', async () => {
    const harness = await startHarnessProcess(db);
    running.push(harness);
    const lock = JSON.parse(fs.readFileSync(`${db}.lock`, 'utf8')) as { door: string; pid: number };
    expect(lock).toMatchObject({ door: 'web', pid: harness.child.pid });
    const before = listing(tmp.dir);
    const dbBytes = fs.readFileSync(db);

    for (const args of [['restore', backupName], ['delete', docId]]) {
      const refused = runThuky([...args, '--db', db]);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toContain('«thuky.db» đang được Thư ký chạy trên trình duyệt (npm run web) mở để ghi');
      expect(refused.stderr).toContain(`tiến trình ${harness.child.pid}`);
      expect(refused.stderr).toMatch(/từ \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
      expect(refused.stderr).toContain('chưa có gì được ghi');
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
    expect(listing(tmp.dir)).toEqual(before); // no safety backup, no new file
    expect(fs.readFileSync(db).equals(dbBytes)).toBe(true);

    const list = runThuky(['list', '--json', '--db', db]);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string; title: string }[]).map((doc) => doc.title)).toEqual(['Báo cáo Thanh Xuân']);
    const show = runThuky(['show', docId, '--db', db]);
    expect(show.stdout).toContain('Nội dung đã lưu');

    expect(await stillServing(harness)).toBe(403);
    expect(JSON.parse(fs.readFileSync(`${db}.lock`, 'utf8'))).toMatchObject({ pid: harness.child.pid });
    await stop(harness);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);

    // Once the harness has closed, the same restore goes through (and the document is still there).
    const restored = runThuky(['restore', backupName, '--db', db]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(fs.readdirSync(path.join(tmp.dir, 'backups')).some((name) => name.includes('truoc-khoi-phuc'))).toBe(true);
  });

  it('harness vs harness: the second one exits 1 naming the first, which keeps serving', async () => {
    const first = await startHarnessProcess(db);
    running.push(first);
    const second = await startHarnessProcess(db).then(
      (harness) => {
        running.push(harness);
        throw new Error('the second harness started');
      },
      (error: { code: number; stderr: string }) => error,
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Thư ký chạy trên trình duyệt (npm run web) mở để ghi (tiến trình ${first.child.pid}`);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(await stillServing(first)).toBe(403);
    expect(JSON.parse(fs.readFileSync(`${db}.lock`, 'utf8'))).toMatchObject({ pid: first.child.pid });
  });

  it('a holder that was killed leaves a stale lock that the next writer takes over', async () => {
    const crashed = await startHarnessProcess(db);
    await stop(crashed, 'SIGKILL');
    expect(JSON.parse(fs.readFileSync(`${db}.lock`, 'utf8'))).toMatchObject({ door: 'web', pid: crashed.child.pid });

    const created = runThuky(['new', '--template', 'bao-cao-ket-qua-hoi-nghi', '--title', 'Sau sự cố', '--db', db]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);

    const again = await startHarnessProcess(db);
    running.push(again);
    expect(JSON.parse(fs.readFileSync(`${db}.lock`, 'utf8'))).toMatchObject({ pid: again.child.pid });
  });
});
