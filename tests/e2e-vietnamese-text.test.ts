/**
 * Vietnamese text in the editor, in Chromium through the web harness. Spell check: a misspelt
 * syllable typed in the body is underlined, a right-click opens the suggestions, one click puts the
 * suggestion in the text; "Thêm vào từ điển" removes the underline, stores the word, and it stays
 * gone after a reload. Legacy paste: HTML in a .VnTime font lands as Unicode at once; HTML that only
 * reads as TCVN3 asks first. Needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../src/shared/document/body';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { unicodeToTcvn3 } from '../src/shared/text/legacy';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-vietnamese-text] skipped: ${skipReason}`);
const shots = process.env['THUKY_E2E_SHOTS'];

const TITLE = 'Tin bài kiểm tra chính tả';

function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

describe.skipIf(skipReason !== '')('spell check and legacy paste in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;
  let id = '';

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-spelling-');
    ({ services, harness, page } = app);
    const doc = services.documents.create('tin-bai-hoi-nghi', TITLE);
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoàn công tác về tỉnh Đắk Lắk' }] } satisfies BodyNode] };
    services.documents.save(doc.id, { title: TITLE, frame: doc.frame, body, portal: doc.portal });
    id = doc.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const editor = () => page.locator('[data-testid="body-editor"]');
  const underlined = () => editor().locator('.spelling-error').allInnerTexts();

  async function openDocument(): Promise<void> {
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: TITLE }).click();
    await poll(() => editor().innerText()).toContain('Đắk Lắk');
  }

  it('underlines a misspelt syllable as it is typed, and a suggestion from the menu replaces it', async () => {
    await openDocument();
    await poll(underlined).toEqual(['Đắk', 'Lắk']);
    await editor().focus();
    await page.keyboard.press('Control+End');
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await page.keyboard.type(' và thamm gia');
    await poll(underlined).toEqual(['Đắk', 'Lắk', 'thamm']);
    const typo = editor().locator('.spelling-error', { hasText: 'thamm' });
    expect(await typo.evaluate((el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { textDecorationLine: string } }).getComputedStyle(el).textDecorationLine)).toBe('underline');

    await typo.click({ button: 'right' });
    const menu = page.locator('.spell-menu[role="menu"]');
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allInnerTexts();
    expect(items).toContain('tham');
    expect(items.at(-1)).toBe('Thêm vào từ điển');
    if (shots) await page.screenshot({ path: `${shots}/spell-menu.png` });
    await menu.getByRole('menuitem', { name: 'tham', exact: true }).click();
    await menu.waitFor({ state: 'detached' });
    await poll(() => editor().innerText()).toContain('Đắk Lắk và tham gia');
    await poll(underlined).toEqual(['Đắk', 'Lắk']);
  });

  it('"Thêm vào từ điển" removes the underline, stores the word, and it stays gone after a reload', async () => {
    await editor().locator('.spelling-error', { hasText: 'Đắk' }).click({ button: 'right' });
    await page.locator('.spell-menu').getByRole('menuitem', { name: 'Thêm vào từ điển' }).click();
    await poll(underlined).toEqual(['Lắk']);
    expect(services.dictionary.list()).toEqual(['đắk']);
    // The typed correction reaches the store (autosave), then the page starts afresh.
    await poll(() => JSON.stringify(services.documents.get(id).body)).toContain('và tham gia');
    await openDocument();
    await poll(underlined).toEqual(['Lắk']);
    if (shots) await page.screenshot({ path: `${shots}/spell-after-reload.png` });
  });

  it('the menu speaks the UI language: English when the clerk chose it, Vietnamese again after', async () => {
    const menuFor = async (word: string) => {
      await editor().locator('.spelling-error', { hasText: word }).click({ button: 'right' });
      const menu = page.locator('.spell-menu[role="menu"]');
      await menu.waitFor();
      const last = menu.getByRole('menuitem').last();
      const shown = { text: await last.innerText(), tip: (await last.getAttribute('title')) ?? '' };
      await page.keyboard.press('Escape');
      await page.mouse.click(5, 5);
      await menu.waitFor({ state: 'detached' });
      return shown;
    };
    await page.evaluate(`localStorage.setItem('thuky.locale', 'en')`);
    await openDocument();
    expect(await menuFor('Lắk')).toEqual({ text: 'Add to dictionary', tip: 'Stop underlining "lắk" (see Organisation profile › Your dictionary)' });
    await page.evaluate(`localStorage.setItem('thuky.locale', 'vi')`);
    await openDocument();
    expect(await menuFor('Lắk')).toEqual({ text: 'Thêm vào từ điển', tip: 'Không gạch chân "lắk" nữa (xem trong Thông tin cơ quan › Từ điển của bạn)' });
  });

  async function pasteHtml(html: string): Promise<void> {
    await editor().focus();
    await page.keyboard.press('Control+End');
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await editor().evaluate((el, data) => {
      const view = el.ownerDocument.defaultView!;
      const transfer = new view.DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', 'x');
      el.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
  }

  it('pasted HTML in a .VnTime/.VnTimeH font lands as Unicode without a question; font-less TCVN3 asks first', async () => {
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await pasteHtml(
      `<p><span style="font-family:'.VnTimeH'">${unicodeToTcvn3('mặt trận tổ quốc việt nam')}</span></p>` +
        `<p style='font-family:".VnTime"'>${unicodeToTcvn3('Hội nghị hiệp thương lần thứ nhất')}</p>`,
    );
    await poll(() => editor().innerText()).toContain('Hội nghị hiệp thương lần thứ nhất');
    expect(await editor().innerText()).toContain('MẶT TRẬN TỔ QUỐC VIỆT NAM');
    expect(questions).toEqual([]);

    await pasteHtml(`<p>${unicodeToTcvn3('Đại biểu tham dự hội nghị đã thống nhất ký kết giao ước thi đua')}</p>`);
    await poll(() => editor().innerText()).toContain('Đại biểu tham dự hội nghị đã thống nhất ký kết giao ước thi đua');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain('TCVN3 (ABC)');
    if (shots) await page.screenshot({ path: `${shots}/legacy-paste.png` });
    await poll(() => JSON.stringify(services.documents.get(id).body)).toContain('MẶT TRẬN TỔ QUỐC VIỆT NAM');
  });
});
