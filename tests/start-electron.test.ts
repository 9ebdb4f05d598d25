/**
 * `npm start` where there is no Electron executable (this machine: ELECTRON_SKIP_BINARY_DOWNLOAD=1,
 * no internet): the start script says what happened and what to do, exits 1, no stack trace.
 * ELECTRON_OVERRIDE_DIST_PATH (the electron package's own variable) points at an empty folder, so
 * the test means the same on a machine that has the binary.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../src/main/native/electron-binary';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('thuky-start-')));
afterEach(() => tmp.cleanup());

describe('npm start without an Electron binary', () => {
  it('prints what to do in Vietnamese (and English), exits 1, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'start-electron.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tmp.dir },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Không khởi động được ứng dụng: chưa có tệp chạy Electron 45.');
    expect(run.stderr).toContain('npx install-electron');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).toContain('No Electron');
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
    expect(run.stderr + run.stdout).not.toMatch(/Error:/);
  }, 120_000);
});

describe('finding the Electron executable', () => {
  function fakeElectron(withBinary: boolean) {
    const dir = path.join(tmp.dir, 'node_modules', 'electron');
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    if (withBinary) fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    return dir;
  }

  it('reads path.txt and dist/ like the electron package, without downloading', () => {
    const dir = fakeElectron(true);
    expect(findElectronBinary(tmp.dir, {})).toEqual({ found: true, executable: path.join(dir, 'dist', 'electron'), version: '45.5.0' });
  });

  it('reports the path it looked at when the binary is missing, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakeElectron(false);
    expect(findElectronBinary(tmp.dir, {})).toEqual({ found: false, version: '45.5.0', looked: path.join(dir, 'dist', 'electron') });
    fs.writeFileSync(path.join(tmp.dir, 'electron'), '');
    expect(findElectronBinary(tmp.dir, { ELECTRON_OVERRIDE_DIST_PATH: tmp.dir })).toMatchObject({ found: true, executable: path.join(tmp.dir, 'electron') });
  });
});
