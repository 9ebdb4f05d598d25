/**
 * Toasts in Chromium (a new-user trial: bottom-centre, they sat on the attendee grid's and the pledge
 * table's buttons, and a pledge export's warnings made a wall of text): in the bottom-right corner,
 * narrow, on none of the screen's buttons; the export's warnings as the first one and "và N cảnh báo
 * khác" that opens the rest, kept until closed. Needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE } from '../src/main/electron/window-options';
import type { Harness } from '../src/main/web/server';
import type { Services } from '../src/main/services/services';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[toast-ui] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('toasts in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-toast-ui-', rendererDir);
    ({ services, harness, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const toast = () => page.locator('.toast');

  /**
   * The toast's box, the window's, and what it covers: any visible button, or a field of the screen's
   * work (the side panel's form under it is out of the way while a confirmation shows).
   */
  const coverage = () =>
    page.evaluate<{ right: number; bottom: number; width: number; viewWidth: number; viewHeight: number; covered: string[] }>(`(() => {
      const box = document.querySelector('.toast').getBoundingClientRect();
      const covered = [...document.querySelectorAll('button, input, select, textarea')]
        .filter((el) => !el.closest('.toast') && el.getClientRects().length > 0)
        .filter((el) => el.tagName === 'BUTTON' || !el.closest('.side-panel'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        })
        .map((el) => el.getAttribute('aria-label') || el.textContent.trim() || el.tagName + '.' + el.className);
      return { right: box.right, bottom: box.bottom, width: box.width, viewWidth: innerWidth, viewHeight: innerHeight, covered };
    })()`);

  it.each([
    ['a wide window', { width: 1440, height: 900 }],
    ['the minimum window', MIN_WINDOW_SIZE],
  ])('an export with warnings: in the corner on no button, the first warning and "và N cảnh báo khác", kept until closed, in %s', async (_name, size) => {
    const pledge = services.documents.create('giao-uoc-thi-dua');
    await page.setViewportSize(size);
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: pledge.title }).first().click();
    await page.locator('.pledge-editor').waitFor();
    await page.getByRole('button', { name: 'Xuất Word' }).first().click();
    await toast().waitFor();

    expect(await toast().getAttribute('role')).toBe('status');
    expect(await toast().getAttribute('aria-live')).toBe('polite');
    const place = await coverage();
    expect(place.viewWidth - place.right).toBeLessThanOrEqual(24);
    expect(place.width).toBeLessThanOrEqual(340);
    expect(place.covered).toEqual([]);

    // The first warning, then the count of the others; every one in its title.
    const items = toast().locator('li');
    expect(await items.count()).toBe(1);
    const more = toast().getByRole('button', { name: /^và \d+ cảnh báo khác$/ });
    const others = Number((await more.innerText()).match(/\d+/)![0]);
    expect(others).toBeGreaterThan(1);
    expect((await toast().getAttribute('title'))!.split('\n')).toHaveLength(others + 2);

    // Still there after the 3.5 s a plain confirmation gets; the rest opens, then Đóng closes it.
    await page.waitForTimeout(4500);
    await more.click();
    expect(await items.count()).toBe(others + 1);
    expect(await toast().getByRole('button', { name: 'Thu gọn' }).getAttribute('aria-expanded')).toBe('true');
    await toast().getByRole('button', { name: 'Đóng' }).click();
    await toast().waitFor({ state: 'detached', timeout: 2000 });
  });

  it('on the attendee grid the toast covers none of its buttons', async () => {
    const list = services.documents.create('danh-sach-dai-bieu');
    await page.setViewportSize(MIN_WINDOW_SIZE);
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: list.title }).first().click();
    await page.locator('.att-grid').waitFor();
    await page.getByRole('button', { name: 'Xuất Word' }).first().click();
    await toast().waitFor();
    expect((await coverage()).covered).toEqual([]);
  });
});
