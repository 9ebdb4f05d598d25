/**
 * Smoke test of the real Electron app, where an Electron binary exists (the release workflow runs
 * it against the packaged app). On machines that cannot download it (CI here), the test is
 * skipped and says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSkipReason as reason, launchApp } from './support/electron-app';
import { makeTempDir } from './support/temp-dir';

if (reason) console.log(`[electron-smoke] skipped: ${reason}`);

describe('Electron app', () => {
  it.skipIf(reason !== '')('opens one secure window showing the app', async () => {
    const tmp = makeTempDir('thuky-electron-');
    const app = await launchApp(tmp.dir);
    try {
      const window = await app.firstWindow();
      await window.waitForSelector('text=Tạo mới');
      // A fresh store: the app asks for the organisation before the first document.
      await window.getByRole('dialog', { name: 'Thông tin cơ quan' }).waitFor();
      expect(await window.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return { url: contents.getURL() };
      });
      expect(prefs.url.startsWith('app://thuky/')).toBe(true);
      // The database opened (better-sqlite3 loaded through the Electron build), under the one lock.
      expect(JSON.parse(fs.readFileSync(path.join(tmp.dir, 'thuky.db.lock'), 'utf8'))).toMatchObject({ door: 'electron' });
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });
});
