/**
 * `npm start`: the desktop app from a checkout. Checks for the Electron executable (and says what
 * to do when it is missing, no stack trace), makes the Electron build of better-sqlite3 when it is
 * missing or stale, then runs electron-vite preview (build, then launch).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary, missingElectronMessage } from '../src/main/native/electron-binary';
import { SOURCE_NATIVE_DIR, betterSqlite3Version, checkNativeBuild } from '../src/main/native/electron-native';

const root = path.resolve(import.meta.dirname, '..');

function main(): number {
  const binary = findElectronBinary(root);
  if (!binary.found) {
    console.error(missingElectronMessage(binary));
    return 1;
  }
  const target = { electron: binary.version, betterSqlite3: betterSqlite3Version(root), platform: process.platform, arch: process.arch };
  const build = checkNativeBuild(path.join(root, SOURCE_NATIVE_DIR), target);
  if (!build.current) {
    console.log(`better-sqlite3 cho Electron: ${build.reason}; đang dựng lại (npm run rebuild:electron)…`);
    const rebuilt = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'rebuild-electron.ts')], { cwd: root, stdio: 'inherit' });
    if (rebuilt.status !== 0) return 1;
  }
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const preview = spawnSync(bin, ['preview', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return preview.status ?? 1;
}

process.exitCode = main();
