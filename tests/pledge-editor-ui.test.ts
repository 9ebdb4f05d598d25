/**
 * A pledge's parties in Chromium (a new-user trial found "Tên đơn vị" a few letters wide): the name
 * column has the room, a ward committee's full name reads whole, at a wide window and at the minimum
 * one (where the table scrolls sideways rather than squeeze it). Needs the built renderer
 * (`npx electron-vite build`).
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
if (skipReason) console.log(`[pledge-editor-ui] skipped: ${skipReason}`);

const NAMES = ['Ủy ban MTTQ Việt Nam phường Khương Đình', 'Hội Liên hiệp Phụ nữ phường Khương Đình', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Khương Đình'];

describe.skipIf(skipReason !== '')('the pledge editor in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;
  let pledgeTitle = '';

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-pledge-ui-', rendererDir);
    ({ services, harness, page } = app);
    const pledge = services.documents.create('giao-uoc-thi-dua');
    pledgeTitle = pledge.title;
    services.pledges.save(pledge.id, {
      parties: NAMES.map((name, index) => ({ id: `p${index}`, name, representative: 'Nguyễn Thị Thanh Hương', title: 'Phó Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: index === 0 })),
      commitments: [{ id: 'c1', number: '1.', content: 'Tuyên truyền, vận động Nhân dân thực hiện tốt chủ trương của Đảng', target: '100%', targetsByParty: {}, note: '' }],
      signatureOrder: NAMES.map((_name, index) => `p${index}`),
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['a wide window', { width: 1440, height: 900 }],
    ['the minimum window', MIN_WINDOW_SIZE],
  ])('Tên đơn vị reads whole (wrapped when long) and is the widest column, in %s', async (_name, size) => {
    await page.setViewportSize(size);
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: pledgeTitle }).first().click();
    await page.locator('.side-panel').waitFor();
    const names = page.getByRole('textbox', { name: 'Tên đơn vị' });
    await expect.poll(() => names.count()).toBe(NAMES.length);

    const whole = await names.evaluateAll((fields) => fields.map((field) => field.scrollWidth <= field.clientWidth && field.scrollHeight <= field.clientHeight));
    expect(whole).toEqual(NAMES.map(() => true));
    const widths = await page.locator('.pledge-editor table').first().locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBe(widths[1]);
    // The others hold what they show: a representative's full name, a title, the TM. line.
    for (const label of ['Người đại diện', 'Chức vụ', 'Dòng TM.']) {
      const fit = await page.getByRole('textbox', { name: label, exact: true }).first().evaluate((input) => input.scrollWidth <= input.clientWidth);
      expect(fit, label).toBe(true);
    }
  });
});
