/**
 * Smoke test of the real Electron app, where an Electron binary exists. On machines that cannot
 * download it (CI here), the test is skipped and says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
const binary = fs.existsSync(pathFile) ? path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim()) : '';
const reason = !binary || !fs.existsSync(binary)
  ? 'no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; this machine cannot download it)'
  : !fs.existsSync(path.join(root, 'out', 'main', 'index.js'))
    ? 'out/main/index.js missing: run "npm run build" first'
    : '';

if (reason) console.log(`[electron-smoke] skipped: ${reason}`);

describe('Electron app', () => {
  it.skipIf(reason !== '')('opens one secure window showing the app', async () => {
    const tmp = makeTempDir('thuky-electron-');
    const app = await electron.launch({ executablePath: binary, args: [root], env: { ...process.env, XDG_CONFIG_HOME: tmp.dir } });
    try {
      const window = await app.firstWindow();
      await window.waitForSelector('text=Tạo mới');
      expect(await window.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return { url: contents.getURL() };
      });
      expect(prefs.url.startsWith('app://thuky/')).toBe(true);
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });
});
