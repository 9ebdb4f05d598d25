/**
 * What electron-builder puts in the app, without the Electron binary: `electron-builder --dir`
 * with `electronDist` pointing at a stand-in Electron folder (no download), then the archive is
 * read. The real Electron and the installers come in the release workflow; this checks here that
 * the app's files are in app.asar, that only the Electron build of better-sqlite3 ships, and
 * that it lands where the main process looks for it (electronNativeDir).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import { BINDING_FILE, electronNativeDir, STAMP_FILE } from '../src/main/native/electron-native';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
const builtMain = path.join(root, 'out', 'main', 'index.js');
const reason = fs.existsSync(builtMain) ? '' : 'out/main/index.js missing: run "npx electron-vite build" (npm test builds first)';
if (reason) console.log(`[package-layout] skipped: ${reason}`);

const tmp = makeTempDir('thuky-package-');
afterAll(() => tmp.cleanup());

describe('the packaged app (electron-builder --dir, stand-in Electron)', () => {
  it.skipIf(reason !== '')('holds the app in app.asar and only the Electron addon, unpacked where main looks for it', () => {
    // A stand-in for Electron's unpacked distribution: the executable and the locales electronLanguages keeps.
    const dist = path.join(tmp.dir, 'electron-dist');
    fs.mkdirSync(path.join(dist, 'locales'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    for (const locale of ['vi', 'en-US', 'fr']) fs.writeFileSync(path.join(dist, 'locales', `${locale}.pak`), '');
    // A stand-in Electron build of the addon, in a project copy so the checkout's build/ is untouched.
    const project = path.join(tmp.dir, 'project');
    fs.mkdirSync(project);
    for (const name of ['package.json', 'electron-builder.yml', 'out', 'templates', 'build', 'scripts', 'node_modules']) {
      const from = path.join(root, name);
      if (name === 'node_modules') fs.symlinkSync(from, path.join(project, name));
      else fs.cpSync(from, path.join(project, name), { recursive: true, filter: (source) => !source.includes(`${path.sep}native${path.sep}`) });
    }
    const native = path.join(project, 'build', 'native', 'electron');
    fs.mkdirSync(native, { recursive: true });
    fs.writeFileSync(path.join(native, BINDING_FILE), 'stand-in addon');
    const stamp = { electron: '45.5.0', betterSqlite3: '12.6.2', platform: 'linux', arch: 'x64', abi: '150', builtAt: '2026-12-03T00:00:00.000Z' };
    fs.writeFileSync(path.join(native, STAMP_FILE), JSON.stringify({ ...stamp, platform: 'win32' }));

    const output = path.join(tmp.dir, 'dist');
    const pack = () =>
      spawnSync(
        path.join(root, 'node_modules', '.bin', 'electron-builder'),
        ['--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, '--publish', 'never'],
        { cwd: project, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: 'true' }, timeout: 300_000 },
      );
    // An addon built for another system is refused before anything is packaged.
    const refused = pack();
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('better_sqlite3.node for win32-x64, not linux-x64');
    fs.writeFileSync(path.join(native, STAMP_FILE), JSON.stringify(stamp));
    const run = pack();
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const resources = path.join(output, 'linux-unpacked', 'resources');
    const appPath = path.join(resources, 'app.asar');
    const files = new Set(listPackage(appPath, { isPack: false }).map((file) => file.split(path.sep).join('/')));
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/cli.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/templates/bao-cao-ket-qua-hoi-nghi.json', '/node_modules/better-sqlite3/lib/database.js', '/node_modules/docx/package.json']) {
      expect(files.has(file), file).toBe(true);
    }
    // No Node-ABI addon, no sources, no dev tools in the app.
    expect([...files].filter((file) => file.startsWith('/node_modules/better-sqlite3/build') || file.startsWith('/node_modules/better-sqlite3/deps'))).toEqual([]);
    for (const dev of ['/node_modules/electron', '/node_modules/vitest', '/node_modules/electron-builder', '/node_modules/@tiptap/core', '/src']) expect(files.has(dev), dev).toBe(false);

    const unpacked = electronNativeDir({ isPackaged: true, appPath });
    expect(unpacked).toBe(path.join(resources, 'app.asar.unpacked', 'native'));
    expect(fs.readFileSync(path.join(unpacked, BINDING_FILE), 'utf8')).toBe('stand-in addon');
    expect(fs.existsSync(path.join(unpacked, STAMP_FILE))).toBe(true);
    expect(fs.readdirSync(path.join(output, 'linux-unpacked', 'locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
  }, 320_000);
});
