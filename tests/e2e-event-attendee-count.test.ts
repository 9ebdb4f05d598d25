/**
 * The event workspace's attendee count follows the stored list (found by a new-user trial): rows
 * added in the grid show in the "Đại biểu (n)" tab at once, before and after the list document
 * exists, and a change made elsewhere (the CLI, another window) shows when the window is back in
 * focus. Chromium through the web harness; needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { seedEventInput } from './support/event-fixtures';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-event-attendee-count] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('event attendee count in Chromium', { timeout: 120_000 }, () => {
  let app: AppInBrowser;
  let services: Services;
  let page: Page;
  let eventId: string;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-event-count-');
    ({ services, page } = app);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.harness.url).origin });
    eventId = services.events.create({ ...seedEventInput(), attendees: [] }).id;
    await page.goto(app.harness.url);
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.getByRole('tab', { name: 'Đại biểu (0)' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  const attendeesTab = () => page.getByRole('tab', { name: /^Đại biểu \(/ });

  const pasteRows = async (names: string[]) => {
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(names.map((name) => `${name}\tỦy viên\tPhường`).join('\r\n') + '\r\n')})`);
    await page.locator('.att-grid').click();
    await page.keyboard.press('Control+V');
    await page.locator('.att-workspace', { hasText: 'Đã lưu lúc' }).waitFor();
  };

  it('counts the rows pasted into the event’s own list, without a reload or a tab change', async () => {
    await pasteRows(['Nguyễn Văn A', 'Trần Thị B']);
    expect(services.events.view(eventId).attendees).toHaveLength(2);
    await expect.poll(() => attendeesTab().innerText()).toBe('Đại biểu (2)');
  });

  it('still counts once the list belongs to the Danh sách document', async () => {
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    await page.locator('.att-row:not(.att-group-row)').nth(1).waitFor();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await expect.poll(() => services.events.view(eventId).attendees.length).toBe(3);
    await expect.poll(() => attendeesTab().innerText()).toBe('Đại biểu (3)');
  });

  it('follows a change made elsewhere when the window comes back into focus', async () => {
    const list = services.attendees.get(services.events.view(eventId).attendeeListId);
    const extra = { ...list.rows[0]!, id: 'ngoai-1', fullName: 'Phạm Văn D', order: list.rows.length };
    services.attendees.save({ ...list, rows: [...list.rows, extra] });
    const stored = services.events.view(eventId).attendees.length;
    await page.evaluate(`window.dispatchEvent(new Event('focus'))`);
    await expect.poll(() => attendeesTab().innerText()).toBe(`Đại biểu (${stored})`);
  });
});
