/**
 * "Sao chép cho cổng thông tin" and "Sao lưu" in Chromium through the web harness: the copy puts
 * both clipboard flavours (clean HTML, plain text with blank lines between paragraphs) and keeps a
 * revision; "Sao lưu ngay" shows the new backup in the list. Needs the built renderer
 * (`npx electron-vite build`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../src/shared/document/body';
import type { Harness } from '../src/main/web/server';
import type { Services } from '../src/main/services/services';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-portal-copy] skipped: ${skipReason}`);

const TITLE = 'Hội nghị phát động thi đua năm 2024';
const PARAGRAPHS = [
  'Sáng 30/01/2024, Ủy ban MTTQ Việt Nam phường Thanh Xuân tổ chức Hội nghị phát động thi đua.',
  'Đồng chí Phạm Đức Lưu phát biểu chỉ đạo, đề nghị các tổ chức thành viên hưởng ứng.',
  'Hội nghị đã ký kết giao ước thi đua năm 2024.',
];

function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

describe.skipIf(skipReason !== '')('portal copy and backup in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;
  let articleId: string;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-portal-');
    ({ services, harness, context, page } = app);
    const doc = services.documents.create('tin-bai-hoi-nghi', TITLE);
    const body = { type: 'doc' as const, content: PARAGRAPHS.map((text): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    services.documents.save(doc.id, { title: TITLE, frame: doc.frame, body, portal: doc.portal });
    articleId = doc.id;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('copies clean HTML and plain text for the portal, and keeps an export revision', async () => {
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: TITLE }).click();
    await page.locator('[data-testid="sheet"]').waitFor();
    const exportsBefore = services.revisions.list(articleId).filter((r) => r.reason === 'export').length;

    await page.getByRole('button', { name: 'Sao chép cho cổng thông tin' }).click();
    await poll(() => page.locator('.toast').innerText()).toContain('Đã sao chép');

    // Read back in the page, as a portal's editor would see the paste (a string: tests have no DOM lib).
    const flavours = await page.evaluate<Record<string, string>>(`(async () => {
      const out = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      }
      return out;
    })()`);
    const html = flavours['text/html'] ?? '';
    const text = flavours['text/plain'] ?? '';
    for (const paragraph of PARAGRAPHS) expect(html).toContain(`<p>${paragraph}</p>`);
    // Clean for the portal's editor: none of the app's own classes or ids come along.
    expect(html).not.toMatch(/\sclass=/i);
    expect(html).not.toMatch(/\sid=/i);
    // Plain text: the paragraphs in order, each separated by one blank line.
    expect(text.replace(/\r\n/g, '\n')).toContain(PARAGRAPHS.join('\n\n'));

    await poll(() => services.revisions.list(articleId).filter((r) => r.reason === 'export').length).toBe(exportsBefore + 1);
  });

  it('does not keep a revision for the live portal preview', async () => {
    const before = services.revisions.list(articleId).length;
    await page.getByRole('tab', { name: 'Cổng TTĐT' }).click();
    await page.locator('.portal-preview').waitFor();
    await expect(page.locator('.portal-preview').innerText()).resolves.toContain(PARAGRAPHS[0]!);
    expect(services.revisions.list(articleId).length).toBe(before);
  });

  it('copies the title alone for the CMS title field, and the body without the title', async () => {
    // The panel is open on "Cổng TTĐT" from the test before.
    const readClipboard = () =>
      page.evaluate<Record<string, string>>(`(async () => {
        const out = {};
        for (const item of await navigator.clipboard.read()) {
          for (const type of item.types) out[type] = await (await item.getType(type)).text();
        }
        return out;
      })()`);
    await page.getByRole('button', { name: 'Sao chép tiêu đề' }).click();
    await poll(() => page.getByTestId('portal-copied').innerText()).toContain('Đã sao chép tiêu đề');
    expect((await readClipboard())['text/plain']).toBe(TITLE);

    await page.getByRole('button', { name: 'Sao chép nội dung' }).click();
    await poll(() => page.getByTestId('portal-copied').innerText()).toContain('Đã sao chép nội dung');
    const body = await readClipboard();
    expect(body['text/html']).not.toContain('<h1>');
    expect(body['text/html']).toContain(`<p>${PARAGRAPHS[0]}</p>`);
    expect(body['text/plain']).not.toContain(TITLE);
  });

  it('leaves the title out of the preview and the copy when the clerk says so, and remembers it', async () => {
    await poll(() => page.getByTestId('portal-preview').innerHTML()).toContain('<h1>');
    await page.getByLabel('Đưa tiêu đề vào nội dung', { exact: false }).uncheck();
    await poll(() => page.getByTestId('portal-preview').innerHTML()).not.toContain('<h1>');
    await page.getByLabel('Chú thích ảnh dạng bảng', { exact: false }).check();
    await page.reload();
    await page.getByRole('tab', { name: 'Cổng TTĐT' }).click();
    await expect(page.getByLabel('Đưa tiêu đề vào nội dung', { exact: false }).isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Chú thích ảnh dạng bảng', { exact: false }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Đưa tiêu đề vào nội dung', { exact: false }).check();
    await page.getByLabel('Chú thích ảnh dạng bảng', { exact: false }).uncheck();
  });

  it('"Sao lưu ngay" makes a backup that the list then shows', async () => {
    await page.getByRole('button', { name: 'Thông tin cơ quan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    await poll(() => dialog.getByText('Chưa có bản sao lưu nào.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Sao lưu ngay' }).click();

    await poll(() => services.backup.list().length).toBe(1);
    const [made] = services.backup.list();
    await poll(() => dialog.getByRole('status').innerText()).toContain(made!.name);
    const items = dialog.getByRole('list', { name: 'Sao lưu' }).getByRole('listitem');
    await poll(() => items.count()).toBe(1);
    // 31/01/2024 10:42: the list shows the date as the UI shows dates everywhere.
    expect(await items.first().innerText()).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);
    expect(await items.first().innerText()).toContain('Sao lưu thủ công');

    // The confirmation says the current data is kept; cancelling restores nothing.
    await items.first().getByRole('button', { name: 'Khôi phục' }).click();
    const confirm = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('bản sao lưu an toàn');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await poll(() => confirm.count()).toBe(0);
    expect(services.backup.list().length).toBe(1);

    // The harness cannot open folders: the path is shown with a copy button instead.
    await dialog.getByRole('button', { name: 'Mở thư mục sao lưu' }).click();
    await poll(() => dialog.locator('.backup-folder code').innerText()).toBe(services.backup.folder());
    await dialog.getByRole('button', { name: 'Sao chép đường dẫn' }).click();
    await poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe(services.backup.folder());
  });

  it('"Khôi phục" brings the backed-up data back, keeps the current data in a safety backup, and reloads', async () => {
    const changed = services.documents.get(articleId);
    services.documents.save(articleId, { title: 'Tiêu đề sửa sau khi sao lưu', frame: changed.frame, body: changed.body, portal: changed.portal });
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.getByRole('list', { name: 'Sao lưu' }).getByRole('button', { name: 'Khôi phục' }).first().click();
    const confirm = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu' });
    await confirm.getByRole('button', { name: 'Khôi phục' }).click();

    // The page starts afresh (the dialog is gone) and reads the restored store.
    await poll(() => dialog.count()).toBe(0);
    await poll(() => services.documents.get(articleId).title).toBe(TITLE);
    await poll(() => page.locator('.doc-item', { hasText: TITLE }).count()).toBe(1);
    const tags = services.backup.list().map((backup) => backup.tag).sort();
    expect(tags).toEqual(['thu-cong', 'truoc-khoi-phuc']);
  });
});
