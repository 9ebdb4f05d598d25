/**
 * The grid behaves like Excel, one keystroke path per test, in Chromium through the web harness
 * (issue 11): Ctrl+Enter then Ctrl+V of two Excel rows adds two rows and overwrites nobody;
 * Ctrl+Enter while editing keeps the cell and the next name goes in the new row; "Thêm dòng" gives
 * the caret to the new row; typing starts editing, also through an input method's composition
 * (Telex/VNI); Tab and Enter move like Excel; every change undoes.
 * Needs the built renderer: out/renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[attendee-grid-keys] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('attendee grid keystrokes in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;
  let listDocId = '';

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-grid-keys-', rendererDir);
    ({ services, harness, page } = app);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="danh-sach-dai-bieu"]').click();
    await page.locator('.att-grid').waitFor();
    listDocId = services.documents.list().find((doc) => doc.kind === 'attendees')!.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const names = () => page.locator('.att-row:not(.att-group-row) .att-cell:nth-child(2)').allInnerTexts();
  const units = () => page.locator('.att-row:not(.att-group-row) .att-cell:nth-child(4)').allInnerTexts();
  const stored = async () => {
    await expect.poll(() => page.locator('.att-status').innerText(), { timeout: 10_000 }).toMatch(/Đã lưu lúc/);
    return services.attendees.getForDocument(listDocId).rows.map((row) => row.fullName);
  };
  const cell = (row: number, col: number) => page.locator('.att-row:not(.att-group-row)').nth(row).locator('.att-cell').nth(col);
  const clipboard = (text: string) => page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);

  it('typing starts editing; Tab goes right; Ctrl+Enter while editing keeps the cell and the next name goes in the new row', async () => {
    expect(await names()).toEqual([]);
    // An empty list: the grid takes the focus and typing makes the first row.
    await page.locator('.att-grid').focus();
    await page.keyboard.type('Nguyễn Văn An');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chủ tịch');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ủy ban MTTQ Việt Nam phường Kim Giang');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Trần Thị Bình');
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(await units()).toEqual(['Ủy ban MTTQ Việt Nam phường Kim Giang', '']);
    expect(await stored()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('Ctrl+Enter then Ctrl+V of two Excel rows adds two rows and overwrites nobody; undo takes each step back', async () => {
    await cell(0, 1).click();
    await page.keyboard.press('Control+Enter');
    await clipboard('Bùi Thị Xuân\tỦy viên\tPhường Kim Giang\r\nLý Văn Phức\tThư ký\tPhường Hạ Đình\r\n');
    await page.keyboard.press('Control+V');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình']);
    expect(await stored()).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình']);
    await page.keyboard.press('Control+Z');
    await expect.poll(names).toEqual(['Nguyễn Văn An', '', 'Trần Thị Bình']);
    await page.keyboard.press('Control+Z');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    await page.keyboard.press('Control+Y');
    await page.keyboard.press('Control+Y');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình']);
  });

  it('"Thêm dòng" puts the caret in the new row: typing goes there', async () => {
    await cell(3, 1).click();
    await page.getByRole('toolbar', { name: 'Danh sách đại biểu' }).getByRole('button', { name: 'Thêm dòng', exact: true }).click();
    await page.keyboard.type('Lê Văn Cường');
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình', 'Lê Văn Cường']);
  });

  it('a Vietnamese input method composing (Telex, as composition events) lands in the cell', async () => {
    await cell(4, 3).click();
    const cdp = await app.context.newCDPSession(page);
    // "Phường" typed with Telex through an IME: composition updates, then the committed text.
    for (const step of ['P', 'Ph', 'Phu', 'Phuw', 'Phư', 'Phươ', 'Phươn', 'Phương', 'Phường']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    await cdp.send('Input.insertText', { text: 'Phường' });
    await page.keyboard.type(' Hạ Đình');
    await page.keyboard.press('Enter');
    await expect.poll(units).toEqual(['Ủy ban MTTQ Việt Nam phường Kim Giang', 'Phường Kim Giang', 'Phường Hạ Đình', '', 'Phường Hạ Đình']);
    await cdp.detach();
  });

  it('a paste on a selected row replaces it (the clerk chose it); Escape drops an edit', async () => {
    // A click on STT selects the whole row.
    await cell(4, 0).click();
    await clipboard('5\tLê Văn Cương\tPhó Chủ tịch\tPhường Khương Mai');
    await page.keyboard.press('Control+V');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình', 'Lê Văn Cương']);
    await cell(0, 1).click();
    await page.keyboard.type('Sai');
    await page.keyboard.press('Escape');
    await expect.poll(names).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình', 'Lê Văn Cương']);
    expect(await stored()).toEqual(['Nguyễn Văn An', 'Bùi Thị Xuân', 'Lý Văn Phức', 'Trần Thị Bình', 'Lê Văn Cương']);
  });
});
