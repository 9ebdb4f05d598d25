/**
 * "Xóa hội nghị" in the event workspace, Chromium through the web harness: the app's confirmation
 * dialog first (Hủy changes nothing), then the event goes and every document it made — the drafts
 * too — stays in the sidebar and in the store as it was; the toast's Khôi phục brings it back. Needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { seedEventInput } from './support/event-fixtures';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-event-delete] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('deleting an event in Chromium', { timeout: 120_000 }, () => {
  let app: AppInBrowser;
  let services: Services;
  let page: Page;
  let eventId: string;
  let made: string[];

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-event-delete-');
    ({ services, page } = app);
    eventId = services.events.create(seedEventInput()).id;
    made = services.events.generate(eventId).map((doc) => doc.id);
    await page.goto(app.harness.url);
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks first, with the app’s dialog, and Hủy keeps the event', async () => {
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hội nghị?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('vẫn giữ nguyên trong danh sách văn bản');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(services.events.list()).toHaveLength(1);
  });

  it('deletes the event and keeps every document it made, drafts included', async () => {
    const before = made.map((id) => services.documents.get(id));
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hội nghị?' });
    await dialog.getByRole('button', { name: 'Xóa hội nghị' }).click();
    await page.locator('.toast', { hasText: 'Đã xóa hội nghị. 6 văn bản của hội nghị vẫn ở danh sách văn bản.' }).waitFor();
    expect(services.events.list()).toEqual([]);
    // The workspace has no event left: it offers a new one.
    await page.locator('#event-title').waitFor();
    expect(await page.locator('.event-item').count()).toBe(0);
    await expect.poll(() => page.locator('.doc-item').count()).toBe(6);
    for (const doc of before) expect(services.documents.get(doc.id)).toEqual(doc);
    expect(services.documents.listDeleted()).toEqual([]);
    expect(() => services.events.view(eventId)).toThrow('Không tìm thấy hội nghị');
  });

  it('the toast’s Khôi phục brings the event back with its documents', async () => {
    await page.locator('.toast').waitFor({ state: 'detached', timeout: 15_000 });
    // Back from the previous test's delete, as the CLI's undelete would.
    services.events.restore(eventId);
    await page.reload();
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    await page.getByRole('dialog', { name: 'Xóa hội nghị?' }).getByRole('button', { name: 'Xóa hội nghị' }).click();
    await page.locator('.toast').getByRole('button', { name: 'Khôi phục' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    expect(await page.locator('.event-item.is-open').innerText()).toContain('Hội nghị phát động thi đua');
    expect(services.events.view(eventId).documents.map((doc) => doc.id)).toEqual(made);
  });
});
