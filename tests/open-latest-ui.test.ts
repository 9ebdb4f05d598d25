/**
 * The newest opening wins (app/App.tsx): at start the app restores the document open last time; a
 * document the clerk clicks while that one is still loading stays open when the restored one
 * arrives later — it replaced it before. The restored document's read is held back at the network
 * so the order is certain. Needs the built renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[open-latest-ui] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('opening documents in Chromium', () => {
  let app: AppInBrowser;
  let page: Page;
  let services: Services;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-open-latest-', rendererDir);
    ({ page, services } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('a document clicked while the last one is being restored stays open', async () => {
    const restored = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    services.documents.save(restored.id, { ...restored, title: 'Báo cáo mở lần trước' });
    const clicked = services.documents.create('tin-bai-hoi-nghi');
    services.documents.save(clicked.id, { ...clicked, title: 'Tin bài bấm vào' });
    await page.goto(app.harness.url);
    await page.evaluate(`localStorage.setItem('thuky.lastOpenDocument', ${JSON.stringify(restored.id)})`);
    // The restored document's read answers only after the clicked one is open.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/documents.get', async (route) => {
      if (route.request().postData()?.includes(restored.id)) await held;
      await route.continue();
    });
    await page.reload();
    await page.locator('.doc-item', { hasText: 'Tin bài bấm vào' }).first().click();
    const titleField = page.locator('#frame-title, [data-testid="sheet"]').first();
    await titleField.waitFor();
    await expect.poll(() => page.locator('.doc-item[aria-current="true"]').innerText()).toContain('Tin bài bấm vào');
    release();
    // The restored one has arrived by now; the clicked one is still what shows.
    await page.waitForTimeout(1500);
    expect(await page.locator('.doc-item[aria-current="true"]').innerText()).toContain('Tin bài bấm vào');
    expect(await page.getByTestId('sheet').innerText()).not.toContain('BÁO CÁO');
    await page.unroute('**/api/documents.get');
  });
});
