/**
 * Keyboard focus, in Chromium through the web harness, as a clerk who never takes the mouse: every
 * dialog (app/Dialog.tsx) takes the focus on its first sensible control, keeps Tab and Shift+Tab
 * inside, closes on Esc where it may (never the first run) and gives the focus back to what opened
 * it; and after "Tạo hội nghị", "Tạo văn bản" or a new document from a template the focus is where
 * the next keystroke belongs, never on the page (document.body). Needs the built renderer
 * (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[keyboard-focus-ui] skipped: ${skipReason}`);

interface Focused {
  tag: string;
  id: string;
  text: string;
  /** The aria-label of the dialog holding the focus, '' outside any. */
  dialog: string;
  opener: boolean;
  inBody: boolean;
  inGrid: boolean;
  templateId: string;
  selection: string;
}

// A string: tests have no DOM lib.
const FOCUSED = `(() => {
  const element = document.activeElement ?? document.body;
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    text: (element.textContent ?? '').trim(),
    dialog: element.closest('dialog')?.getAttribute('aria-label') ?? '',
    opener: element.hasAttribute('data-opener'),
    inBody: !!element.closest('.ProseMirror'),
    inGrid: !!element.closest('.att-grid'),
    templateId: element.getAttribute('data-template-id') ?? '',
    selection: String(window.getSelection() ?? ''),
  };
})()`;

const focused = (page: Page) => page.evaluate<Focused>(FOCUSED);

/** Marks the control a dialog is opened from, to see the focus come back to it. */
async function markOpener(page: Page, opener: Locator): Promise<void> {
  await page.evaluate(`document.querySelectorAll('[data-opener]').forEach((element) => element.removeAttribute('data-opener'))`);
  await opener.evaluate((element) => element.setAttribute('data-opener', ''));
}

/** Tab (or Shift+Tab) `times` times; where the focus was after each press. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', times: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let press = 0; press < times; press++) {
    await page.keyboard.press(key);
    seen.push(await focused(page));
  }
  return seen;
}

describe.skipIf(skipReason !== '')('keyboard focus on the first run, in Chromium', () => {
  let app: AppInBrowser;
  let page: Page;
  let services: Services;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-focus-first-', rendererDir, { firstRun: true });
    ({ page, services } = app);
    await page.goto(app.harness.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('the first run starts in the place’s name, keeps Tab inside, does not go on Esc, and leaves the focus on Tạo mới', async () => {
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('first-unitName');
    // Shift+Tab from the level goes round to the last control, Tab from there back to the first.
    expect((await walk(page, 'Shift+Tab', 1))[0]!.id).toBe('first-unitKind');
    const last = (await walk(page, 'Shift+Tab', 1))[0]!;
    expect(last).toMatchObject({ tag: 'button', text: 'Lưu và bắt đầu', dialog: 'Thông tin cơ quan' });
    expect((await walk(page, 'Tab', 1))[0]!.id).toBe('first-unitKind');
    for (const where of [...(await walk(page, 'Tab', 14)), ...(await walk(page, 'Shift+Tab', 14))]) expect(where.dialog).toBe('Thông tin cơ quan');
    // It must be answered: Esc, twice with no click between (Chromium's own rule would close it), leaves it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    expect((await focused(page)).dialog).toBe('Thông tin cơ quan');

    await page.locator('#first-unitName').fill('Khương Đình');
    await page.locator('#first-province').fill('thành phố Hà Nội');
    await page.locator('#first-signerName').fill('Nguyễn Văn An');
    await dialog.getByRole('button', { name: 'Lưu và bắt đầu' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(services.profile.isSet()).toBe(true);
    // Answered: the focus is on Tạo mới, the next step, not on the page.
    await expect.poll(async () => (await focused(page)).text).toBe('Tạo mới');
  });

});

describe.skipIf(skipReason !== '')('keyboard focus in Chromium', { timeout: 120_000 }, () => {
  let app: AppInBrowser;
  let page: Page;
  let services: Services;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-focus-', rendererDir);
    ({ page, services } = app);
  });

  // Each case from a freshly loaded window: one that fails leaves no dialog open for the next.
  beforeEach(async () => {
    await page.goto(app.harness.url);
    await page.getByRole('button', { name: 'Tạo mới' }).first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('Chọn mẫu starts on the first template, keeps Tab inside, and Esc gives the focus back to Tạo mới', async () => {
    const opener = page.getByRole('button', { name: 'Tạo mới' }).first();
    await markOpener(page, opener);
    await opener.press('Enter');
    const gallery = page.getByRole('dialog', { name: 'Chọn mẫu văn bản' });
    await gallery.waitFor();
    const firstTemplate = await gallery.locator('[data-template-id]').first().getAttribute('data-template-id');
    await expect.poll(async () => (await focused(page)).templateId).toBe(firstTemplate);
    for (const where of [...(await walk(page, 'Tab', 12)), ...(await walk(page, 'Shift+Tab', 12))]) expect(where.dialog).toBe('Chọn mẫu văn bản');
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ opener: true, text: 'Tạo mới' });
  });

  it('Chọn mẫu: the arrow keys move among the templates as they stand in the grid, Home and End to either end', async () => {
    await page.getByRole('button', { name: 'Tạo mới' }).first().press('Enter');
    const gallery = page.getByRole('dialog', { name: 'Chọn mẫu văn bản' });
    await gallery.waitFor();
    const cards = gallery.locator('[data-template-id]');
    const ids = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-template-id') ?? ''));
    const boxes = await cards.evaluateAll((all) => all.map((card) => { const r = card.getBoundingClientRect(); return { left: Math.round(r.left), top: Math.round(r.top) }; }));
    await expect.poll(async () => (await focused(page)).templateId).toBe(ids[0]);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).templateId).toBe(ids[1]);
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).templateId).toBe(ids[0]);
    // Down: the first card of the next row, in the same column.
    const below = boxes.findIndex((box) => box.top > boxes[0]!.top && box.left === boxes[0]!.left);
    expect(below).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).templateId).toBe(ids[below]);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).templateId).toBe(ids[0]);
    await page.keyboard.press('End');
    expect((await focused(page)).templateId).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect((await focused(page)).templateId).toBe(ids[0]);
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'detached' });
  });

  it('a report made from a template opens with its first “…” selected in the body: typing fills it', async () => {
    await page.getByRole('button', { name: 'Tạo mới' }).first().press('Enter');
    const card = page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]');
    await card.press('Enter');
    const body = page.getByTestId('body-editor');
    await body.waitFor();
    await expect.poll(async () => (await focused(page)).inBody).toBe(true);
    expect((await focused(page)).selection).toBe('…');
    const before = await body.innerText();
    await page.keyboard.type('15');
    await expect.poll(() => body.innerText()).toBe(before.replace('…', '15'));
  });

  it('Ctrl+N from the body and Esc: the caret is back in the body', async () => {
    // The report made above opens again; the clerk is typing in it.
    await page.getByTestId('body-editor').click();
    await page.keyboard.press('Control+N');
    const gallery = page.getByRole('dialog', { name: 'Chọn mẫu văn bản' });
    await gallery.waitFor();
    await expect.poll(async () => (await focused(page)).dialog).toBe('Chọn mẫu văn bản');
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'detached' });
    expect((await focused(page)).inBody).toBe(true);
  });

  it('Xuất Word by Enter keeps the focus on its button while it works and after (it was left on the page)', async () => {
    // The report made above opens again.
    const button = page.getByRole('button', { name: 'Xuất Word' });
    await button.press('Enter');
    await page.locator('.toast', { hasText: 'Đã xuất' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Xuất Word' });
  });

  it('an attendee list made from a template opens with the caret in its grid', async () => {
    await page.keyboard.press('Control+N');
    await page.locator('[data-template-id="danh-sach-dai-bieu"]').press('Enter');
    await page.locator('.att-grid').waitFor();
    await expect.poll(async () => (await focused(page)).inGrid).toBe(true);
    expect((await focused(page)).tag).toBe('input');
  });

  it('Thông tin cơ quan starts in its first field, and Esc gives the focus back to its button', async () => {
    const opener = page.getByRole('button', { name: 'Thông tin cơ quan' }).first();
    await markOpener(page, opener);
    await opener.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('profile-organisation.unitKind');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focused(page)).opener).toBe(true);
  });

  it('Thông tin cơ quan with changes not saved asks before Esc drops them', async () => {
    const opener = page.getByRole('button', { name: 'Thông tin cơ quan' }).first();
    await opener.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    const unitName = page.locator('#profile-organisation\\.unitName');
    const saved = await unitName.inputValue();
    await unitName.fill('Phương Liệt');
    // Answered "Hủy": the dialog stays with what was typed.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.message());
      void question.dismiss();
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Thông tin cơ quan có thay đổi chưa lưu');
    expect(await dialog.isVisible()).toBe(true);
    expect(await unitName.inputValue()).toBe('Phương Liệt');
    // Answered OK: the changes go, as asked.
    page.once('dialog', (question) => void question.accept());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await opener.press('Enter');
    await dialog.waitFor();
    expect(await unitName.inputValue()).toBe(saved);
    // Nothing changed: Esc closes without a question.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('after Tạo hội nghị the focus is on Tạo văn bản; after Tạo văn bản on the first document it made', async () => {
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('event-title');
    await page.keyboard.type('Hội nghị sơ kết công tác Mặt trận');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15/07/2026');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe('Tạo văn bản');
    expect(services.events.list()).toHaveLength(1);

    await page.keyboard.press('Enter');
    const report = page.locator('.event-docs tbody tr').first().locator('.event-doc-title');
    await report.waitFor();
    await expect.poll(async () => (await focused(page)).text).toBe(await report.innerText());
    expect(await report.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // Nothing missing the second time: the focus comes back to the button, not the page.
    await page.getByRole('button', { name: 'Tạo văn bản' }).press('Enter');
    await page.locator('.toast', { hasText: 'Đã đủ văn bản' }).waitFor();
    await expect.poll(async () => (await focused(page)).text).toBe('Tạo văn bản');
  });

  it('a document opened from the event workspace takes the focus, not the page (its Mở goes with the workspace)', async () => {
    // The event and its documents made above; Enter on the report's title, as right after Tạo văn bản.
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').first().locator('.event-doc-title').press('Enter');
    await page.getByTestId('body-editor').waitFor();
    await expect.poll(async () => (await focused(page)).inBody).toBe(true);
    expect((await focused(page)).selection).toBe('…');

    // The attendee list by its Mở: the caret in its grid.
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').nth(2).getByRole('button', { name: 'Mở' }).press('Enter');
    await page.locator('.att-grid').waitFor();
    await expect.poll(async () => (await focused(page)).inGrid).toBe(true);
  });
});
