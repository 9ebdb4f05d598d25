/**
 * "Đã xóa" in Chromium through the web harness: a document deleted from its page is listed there,
 * "Khôi phục" puts it back in the sidebar and opens it, "Xóa vĩnh viễn" asks first and then removes
 * it from the store. Needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-deleted] skipped: ${skipReason}`);
const shots = process.env['THUKY_E2E_SHOTS'];

function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

describe.skipIf(skipReason !== '')('"Đã xóa" in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;
  const ids = { kept: '', purged: '' };

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-deleted-');
    ({ services, harness, page } = app);
    ids.kept = services.documents.create('tin-bai-hoi-nghi', 'Tin bài sẽ khôi phục').id;
    ids.purged = services.documents.create('bao-cao-ket-qua-hoi-nghi', 'Báo cáo sẽ xóa hẳn').id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const sidebar = () => page.locator('nav.sidebar');
  const trash = () => page.getByRole('dialog', { name: 'Đã xóa' });

  it('a document deleted from its page is in "Đã xóa"; Khôi phục brings it back and opens it', async () => {
    await page.goto(harness.url);
    await sidebar().locator('.doc-item', { hasText: 'Tin bài sẽ khôi phục' }).click();
    await page.locator('[data-testid="sheet"]').waitFor();
    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa văn bản?' });
    await expect.poll(() => confirm.innerText()).toContain('mục «Đã xóa»');
    await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
    await poll(() => sidebar().locator('.doc-item', { hasText: 'Tin bài sẽ khôi phục' }).count()).toBe(0);

    await sidebar().getByRole('button', { name: 'Đã xóa' }).click();
    const row = trash().locator('.trash-item', { hasText: 'Tin bài sẽ khôi phục' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Tin bài');
    if (shots) await page.screenshot({ path: `${shots}/trash.png` });
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await trash().waitFor({ state: 'detached' });
    await sidebar().locator('.doc-item', { hasText: 'Tin bài sẽ khôi phục' }).waitFor();
    await poll(() => page.locator('[data-testid="sheet"]').innerText()).toContain('Tin bài sẽ khôi phục');
    expect(services.documents.listDeleted()).toEqual([]);
  });

  it('Xóa vĩnh viễn asks first (Hủy keeps it), then removes the document from the store', async () => {
    services.documents.delete(ids.purged);
    await sidebar().getByRole('button', { name: 'Đã xóa' }).click();
    const row = trash().locator('.trash-item', { hasText: 'Báo cáo sẽ xóa hẳn' });
    await row.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    const ask = page.getByRole('dialog', { name: 'Xóa vĩnh viễn văn bản?' });
    await expect.poll(() => ask.innerText()).toContain('«Báo cáo sẽ xóa hẳn»');
    if (shots) await page.screenshot({ path: `${shots}/trash-purge.png` });
    await ask.getByRole('button', { name: 'Hủy' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(services.documents.listDeleted().map((doc) => doc.id)).toEqual([ids.purged]);

    await row.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await ask.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await poll(() => trash().innerText()).toContain('Không có văn bản nào đã xóa.');
    expect(services.documents.listDeleted()).toEqual([]);
    expect(() => services.documents.get(ids.purged)).toThrow(/Không tìm thấy văn bản/);
    expect(services.revisions.list(ids.purged)).toEqual([]);
  });
});
