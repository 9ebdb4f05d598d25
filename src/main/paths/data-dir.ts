/**
 * Where the database lives when no --db is given: the same per-user folder Electron's
 * app.getPath('userData') gives for an app named "thuky", so the CLI, harness and app share data.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'thuky';
export const DB_FILE_NAME = 'thuky.db';

export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** --db wins, then THUKY_DB, then the per-user folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.THUKY_DB) return path.resolve(env.THUKY_DB);
  return path.join(defaultUserDataDir(process.platform, env), DB_FILE_NAME);
}
