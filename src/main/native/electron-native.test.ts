import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { BINDING_FILE, checkNativeBuild, electronNativeDir, selectElectronBinding, writeStamp, type NativeTarget } from './electron-native';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('thuky-native-')));
afterEach(() => tmp.cleanup());

const target: NativeTarget = { electron: '45.5.0', betterSqlite3: '12.6.2', platform: 'win32', arch: 'x64' };

describe('where the Electron build of better_sqlite3.node is', () => {
  it('from a checkout: build/native/electron under the app folder (outside node_modules)', () => {
    expect(electronNativeDir({ isPackaged: false, appPath: '/src/thuky' })).toBe(path.join('/src/thuky', 'build', 'native', 'electron'));
  });

  it('packaged: beside app.asar in app.asar.unpacked/native (never inside the archive)', () => {
    const appPath = path.join('C:', 'Users', 'vanthu', 'AppData', 'Local', 'Programs', 'thu-ky', 'resources', 'app.asar');
    expect(electronNativeDir({ isPackaged: true, appPath })).toBe(path.join(`${appPath}.unpacked`, 'native'));
    expect(electronNativeDir({ isPackaged: true, appPath: '/opt/thu-ky/resources/app' })).toBe(path.join('/opt/thu-ky/resources/app', 'native'));
  });
});

describe('staleness rule', () => {
  function build(stamp: Partial<NativeTarget> | 'none' | 'garbage') {
    fs.writeFileSync(path.join(tmp.dir, BINDING_FILE), 'ELF');
    if (stamp === 'garbage') fs.writeFileSync(path.join(tmp.dir, 'stamp.json'), '{"electron":');
    else if (stamp !== 'none') writeStamp(tmp.dir, { ...target, ...stamp, abi: '150', builtAt: '2026-12-03T16:00:00.000Z' });
  }

  it('current when Electron, better-sqlite3, platform and arch all match', () => {
    build({});
    expect(checkNativeBuild(tmp.dir, target)).toEqual({ current: true, binding: path.join(tmp.dir, BINDING_FILE) });
  });

  it('stale when the addon or its stamp is missing or unreadable', () => {
    expect(checkNativeBuild(tmp.dir, target)).toMatchObject({ current: false, reason: expect.stringContaining('chưa có better_sqlite3.node') });
    build('none');
    expect(checkNativeBuild(tmp.dir, target)).toMatchObject({ current: false, reason: expect.stringContaining('thiếu hoặc hỏng stamp.json') });
    build('garbage');
    expect(checkNativeBuild(tmp.dir, target)).toMatchObject({ current: false });
  });

  it('stale after an Electron or better-sqlite3 upgrade, or for another platform, naming each difference', () => {
    build({ electron: '44.1.0' });
    expect(checkNativeBuild(tmp.dir, target)).toEqual({ current: false, reason: 'bản dựng đã cũ: Electron 44.1.0, cần 45.5.0' });
    build({ betterSqlite3: '12.5.0', arch: 'ia32' });
    expect(checkNativeBuild(tmp.dir, target)).toEqual({ current: false, reason: 'bản dựng đã cũ: better-sqlite3 12.5.0, cần 12.6.2; win32-ia32, cần win32-x64' });
  });
});

describe('the binding the Electron main process loads', () => {
  function layout(root: string, packaged: boolean, stamp: Partial<NativeTarget> = {}) {
    const appPath = packaged ? path.join(root, 'resources', 'app.asar') : root;
    const pkg = path.join(appPath, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.6.2' }));
    const dir = electronNativeDir({ isPackaged: packaged, appPath });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, BINDING_FILE), 'PE');
    writeStamp(dir, { ...target, ...stamp, abi: '150', builtAt: '2026-12-03T16:00:00.000Z' });
    return { isPackaged: packaged, appPath, electronVersion: '45.5.0', platform: 'win32', arch: 'x64' };
  }

  it('packaged: the unpacked Electron build', () => {
    const runtime = layout(tmp.dir, true);
    expect(selectElectronBinding(runtime)).toBe(path.join(tmp.dir, 'resources', 'app.asar.unpacked', 'native', BINDING_FILE));
  });

  it('checkout: build/native/electron; a stale build is refused with what to run', () => {
    const runtime = layout(tmp.dir, false, { electron: '44.0.0' });
    expect(() => selectElectronBinding(runtime)).toThrow('Thành phần cơ sở dữ liệu (better-sqlite3) cho Electron 45.5.0 không dùng được: bản dựng đã cũ: Electron 44.0.0, cần 45.5.0. Chạy "npm run rebuild:electron"');
    writeStamp(electronNativeDir(runtime), { ...target, abi: '150', builtAt: '2026-12-03T16:00:00.000Z' });
    expect(selectElectronBinding(runtime)).toBe(path.join(tmp.dir, 'build', 'native', 'electron', BINDING_FILE));
  });

  it('an installed app missing its build tells the clerk to reinstall', () => {
    const runtime = layout(tmp.dir, true);
    fs.rmSync(path.join(electronNativeDir(runtime), BINDING_FILE));
    expect(() => selectElectronBinding(runtime)).toThrow(/hãy cài lại Thư ký từ bộ cài/);
  });
});
