/**
 * The Electron-ABI copy of better-sqlite3's addon: where it is, and whether it is current.
 * Electron runs its own Node with another ABI than the system Node, so the build in
 * node_modules (kept for tests, the CLI and the harness) cannot be loaded by the app; a second
 * build, made by `npm run rebuild:electron`, lives outside node_modules with a stamp saying what
 * it was built for. One rule, used by the start script (rebuild when stale) and the app (refuse
 * to start on a stale build with a plain message instead of a crash in the addon loader).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';

export const BINDING_FILE = 'better_sqlite3.node';
export const STAMP_FILE = 'stamp.json';
/** In a checkout, relative to the package root. */
export const SOURCE_NATIVE_DIR = path.join('build', 'native', 'electron');
/** In a packaged app, relative to app.asar.unpacked (electron-builder's files + asarUnpack). */
export const PACKAGED_NATIVE_DIR = 'native';

/** What a build is for. A build is current only when all four match. */
export interface NativeTarget {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export interface NativeStamp extends NativeTarget {
  /** NODE_MODULE_VERSION of that Electron, for people reading the stamp. */
  abi: string;
  builtAt: string;
}

/**
 * The folder with the Electron build. Packaged: the unpacked side of app.asar (a .node file cannot
 * be loaded from inside an asar archive). From a checkout (`npm start`): build/native/electron.
 */
export function electronNativeDir(where: { isPackaged: boolean; appPath: string }): string {
  if (!where.isPackaged) return path.join(where.appPath, SOURCE_NATIVE_DIR);
  const unpacked = where.appPath.endsWith('.asar') ? `${where.appPath}.unpacked` : where.appPath;
  return path.join(unpacked, PACKAGED_NATIVE_DIR);
}

export type Staleness = { current: true; binding: string } | { current: false; reason: string };

/** Missing, unstamped, or built for another Electron, better-sqlite3, platform or architecture: stale. */
export function checkNativeBuild(dir: string, target: NativeTarget): Staleness {
  const binding = path.join(dir, BINDING_FILE);
  if (!fs.existsSync(binding)) return { current: false, reason: `chưa có ${BINDING_FILE} dựng cho Electron (${dir})` };
  const stamp = readStamp(dir);
  if (!stamp) return { current: false, reason: `thiếu hoặc hỏng ${STAMP_FILE} (không rõ bản dựng dành cho Electron nào)` };
  const differences: string[] = [];
  if (stamp.electron !== target.electron) differences.push(`Electron ${stamp.electron}, cần ${target.electron}`);
  if (stamp.betterSqlite3 !== target.betterSqlite3) differences.push(`better-sqlite3 ${stamp.betterSqlite3}, cần ${target.betterSqlite3}`);
  if (stamp.platform !== target.platform || stamp.arch !== target.arch) differences.push(`${stamp.platform}-${stamp.arch}, cần ${target.platform}-${target.arch}`);
  if (differences.length) return { current: false, reason: `bản dựng đã cũ: ${differences.join('; ')}` };
  return { current: true, binding };
}

export function readStamp(dir: string): NativeStamp | undefined {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dir, STAMP_FILE), 'utf8')) as Partial<NativeStamp>;
    const fields = [value.electron, value.betterSqlite3, value.platform, value.arch];
    return fields.every((field) => typeof field === 'string' && field !== '') ? (value as NativeStamp) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStamp(dir: string, stamp: NativeStamp): void {
  fs.writeFileSync(path.join(dir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** better-sqlite3's version, read from the package the app loads (in node_modules, or inside app.asar). */
export function betterSqlite3Version(packageRoot: string): string {
  const manifest = path.join(packageRoot, 'node_modules', 'better-sqlite3', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * What the Electron main process loads: the current Electron build, or an AppError telling the
 * developer (checkout) or the clerk (installed app) what to do — never the Node build, which
 * would crash in the addon loader with an ABI message no one can act on.
 */
export function selectElectronBinding(runtime: { isPackaged: boolean; appPath: string; electronVersion: string; platform: string; arch: string }): string {
  const dir = electronNativeDir(runtime);
  const target: NativeTarget = {
    electron: runtime.electronVersion,
    betterSqlite3: betterSqlite3Version(runtime.appPath),
    platform: runtime.platform,
    arch: runtime.arch,
  };
  const build = checkNativeBuild(dir, target);
  if (build.current) return build.binding;
  const todo = runtime.isPackaged
    ? 'Bản cài đặt thiếu thành phần cơ sở dữ liệu; hãy cài lại Thư ký từ bộ cài.'
    : 'Chạy "npm run rebuild:electron" (cần Internet để tải tiêu đề Electron), rồi "npm start".';
  throw new AppError('internal', `Thành phần cơ sở dữ liệu (better-sqlite3) cho Electron ${runtime.electronVersion} không dùng được: ${build.reason}. ${todo}`, { where: dir });
}
