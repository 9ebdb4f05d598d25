/**
 * Starting the real Electron app for a suite: the packaged app the release workflow built
 * (THUKY_ELECTRON_APP=dist/linux-unpacked/thuky or dist/win-unpacked/ThuKy.exe), else the
 * checkout with node_modules' Electron binary. Where neither exists (this project's machines
 * cannot download Electron), suites skip with that reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { findElectronBinary } from '../../src/main/native/electron-binary';

const root = path.resolve(__dirname, '../..');

interface LaunchTarget {
  executablePath: string;
  args: string[];
}

function launchTarget(): LaunchTarget | string {
  const packaged = process.env.THUKY_ELECTRON_APP;
  if (packaged) {
    const executable = path.resolve(root, packaged);
    return fs.existsSync(executable) ? { executablePath: executable, args: [] } : `THUKY_ELECTRON_APP=${packaged} does not exist`;
  }
  const binary = findElectronBinary(root);
  if (!binary.found) return `no Electron binary on this machine (${binary.looked}; installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, this machine cannot download it)`;
  if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) return 'out/main/index.js missing: run "npm run build" first';
  return { executablePath: binary.executable, args: [root] };
}

const target = launchTarget();
// The release workflow sets THUKY_REQUIRE_ELECTRON: there, not starting the app is a failure, not a skip.
if (typeof target === 'string' && process.env.THUKY_REQUIRE_ELECTRON) throw new Error(`THUKY_REQUIRE_ELECTRON is set but the app cannot start: ${target}`);
/** Empty when the app can be started here; otherwise the true reason it cannot. */
export const electronSkipReason = typeof target === 'string' ? target : '';

/** The app on its own data folder and database (THUKY_DB), as a clerk would start it. */
export async function launchApp(dataDir: string): Promise<ElectronApplication> {
  if (typeof target === 'string') throw new Error(`cannot start Electron: ${target}`);
  return electron.launch({
    executablePath: target.executablePath,
    args: target.args,
    env: { ...process.env, THUKY_DB: path.join(dataDir, 'thuky.db'), XDG_CONFIG_HOME: dataDir, APPDATA: dataDir },
    timeout: 60_000,
  });
}
