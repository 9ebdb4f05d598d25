/**
 * `npm run web` on a busy port (issue 11): one line in Vietnamese naming the port and what to do,
 * the English line after it, a non-zero exit, no stack trace — and the database lock given back.
 * Runs the real door (src/main/web/main.ts under tsx) against a port a test server holds.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenFailureMessage, parsePort } from '../src/main/web/listen-error';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('thuky-port-')));
afterEach(() => tmp.cleanup());

function runWeb(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main', 'web', 'main.ts'), ...args], { cwd: root, env: { ...process.env, THUKY_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // A harness that did start would serve forever: stop it so the test fails on its output, not a timeout.
    const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run web on a busy port', () => {
  it('says in Vietnamese, then English, which port is busy and what to do; exits 1 without a stack trace', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const db = path.join(tmp.dir, 'thuky.db');
      const run = await runWeb(['--port', String(port), '--db', db]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(`Không mở được Thư ký trên cổng ${port}`);
      expect(lines[0]).toContain(`npm run web -- --port ${port + 1}`);
      expect(lines[1]).toMatch(new RegExp(`^\\(Port ${port} on 127\\.0\\.0\\.1 is already in use`, 'u'));
      expect(run.stderr + run.stdout).not.toMatch(/^\s+at |Error:|không mong muốn/mu);
      // The lock was given back: nothing holds the database after the refusal.
      expect(fs.existsSync(`${db}.lock`)).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 60_000);

  it('refuses a port that is not a number, naming it', async () => {
    const run = await runWeb(['--port', '51a80', '--db', path.join(tmp.dir, 'thuky.db')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cổng "51a80" không hợp lệ');
    expect(run.stderr).toContain('(Invalid port "51a80"');
  }, 60_000);

  it('has a message for a port the system refuses, none for other errors', () => {
    expect(listenFailureMessage({ code: 'EACCES' }, '127.0.0.1', 80)).toContain('chọn cổng từ 1024 trở lên');
    expect(listenFailureMessage(new Error('boom'), '127.0.0.1', 5180)).toBeNull();
    expect(parsePort(undefined, 5180)).toBe(5180);
    expect(parsePort('5181', 5180)).toBe(5181);
    expect(typeof parsePort('70000', 5180)).toBe('string');
  });
});

describe('the web door\'s options', () => {
  it('--help prints the usage in Vietnamese and English and exits 0; an unknown option is named with the usage, exit 2', async () => {
    const help = await runWeb(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng: node out/main/web.js');
    expect(help.stdout).toContain('Usage:');
    const unknown = await runWeb(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--bogus');
    expect(unknown.stderr).toContain('Cách dùng');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});
