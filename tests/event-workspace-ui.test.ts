/**
 * The event workspace in Chromium through the web harness (issue 14): a clerk enters the seed
 * conference in the form, pastes its attendees and parties from a spreadsheet, makes the six
 * documents, fixes the venue (the drafts follow), exports everything into the harness's folder (no
 * PDF converter here: Word + HTML and one line saying so), copies the article for the portal, marks
 * a document checked, edits a party after the fact and opens a document. Needs the built renderer
 * (`npx electron-vite build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Services } from '../src/main/services/services';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { runSeedConference, type ClerkRun, type SeedConference } from './support/event-clerk';
import { SEED_EVENT_FILE } from './support/event-fixtures';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[event-workspace-ui] skipped: ${skipReason}`);

const seed = JSON.parse(fs.readFileSync(SEED_EVENT_FILE, 'utf8')) as SeedConference;

describe.skipIf(skipReason !== '')('event workspace in Chromium', { timeout: 180_000 }, () => {
  let app: AppInBrowser;
  let services: Services;
  let page: Page;
  let run: ClerkRun;

  beforeAll(async () => {
    // A machine without Word or LibreOffice: THUKY_SOFFICE names a program that is not there.
    vi.stubEnv('THUKY_SOFFICE', '/khong-co/soffice');
    app = await openAppInBrowser('thuky-e2e-event-');
    ({ services, page } = app);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.harness.url).origin });
    await page.goto(app.harness.url);
    run = await runSeedConference(page, seed);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await app?.close();
  });

  const eventView = () => services.events.view(services.events.list()[0]!.id);

  it('stores the event typed in the form, with the pasted attendees and parties', () => {
    const event = eventView();
    expect(services.events.list()).toHaveLength(1);
    expect(event).toMatchObject({ title: seed.title, date: seed.date, time: seed.time, venue: run.fixedVenue, chair: seed.chair, summary: seed.summary });
    expect(event.attendees.map((person) => person.fullName)).toEqual(seed.attendees.map((person) => person.fullName));
    expect(event.pledgeParties.map((party) => party.name)).toEqual(seed.pledgeParties.map((party) => party.name));
    expect(event.pledgeParties.filter((party) => party.isHost).map((party) => party.name)).toEqual(seed.pledgeParties.filter((party) => party.isHost).map((party) => party.name));
    expect(event.programmeParties).toHaveLength(seed.programmeParties.length);
  });

  it('made the six documents once, and the fixed venue is in every draft', async () => {
    const event = eventView();
    expect(event.documents.map((doc) => doc.kind)).toEqual(['report', 'article', 'attendees', 'pledge', 'program', 'invitation']);
    const report = services.documents.get(event.documents[0]!.id);
    expect(JSON.stringify(report.body)).toContain(run.fixedVenue);
    expect(JSON.stringify(report.body)).not.toContain(seed.venue);
    expect(services.pledges.get(event.documents[3]!.id).parties).toHaveLength(12);
    // Again: nothing is overwritten, nothing added.
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.locator('.toast', { hasText: 'Đã đủ văn bản; không văn bản nào bị ghi đè.' }).waitFor();
    expect(eventView().documents).toHaveLength(6);
    // The sidebar lists them.
    await expect.poll(() => page.locator('.doc-item').count()).toBe(6);
  });

  it('exported Word + HTML of the six into one folder of the harness, with one line for the missing PDF', () => {
    const folder = path.join(app.dir, 'xuat');
    const [made] = fs.readdirSync(folder);
    const files = fs.readdirSync(path.join(folder, made!));
    expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(6);
    expect(files.filter((name) => name.endsWith('.html'))).toHaveLength(6);
    expect(run.exportLine).toContain(`Đã xuất 12 tệp vào ${path.join(folder, made!)}`);
    expect(run.exportLine).toContain('Chưa xuất PDF: không tìm thấy Microsoft Word hoặc LibreOffice');
    for (const doc of eventView().documents) expect(services.revisions.list(doc.id).some((revision) => revision.reason === 'export')).toBe(true);
  });

  it('copied the article for the portal', async () => {
    // A string: tests have no DOM lib.
    const html = await page.evaluate<string>(`(async () => {
      const items = await navigator.clipboard.read();
      return items[0] ? await (await items[0].getType('text/html')).text() : '';
    })()`);
    const article = services.documents.get(eventView().documents[1]!.id);
    expect(html).toContain(article.title);
    expect(html).toContain(run.fixedVenue);
  });

  it('marks a document checked, and edits a pledge party after the documents exist', async () => {
    const reportRow = page.locator('.event-docs tbody tr').first();
    // A click, not check(): the box shows the stored state once the route answers.
    await reportRow.getByRole('checkbox').click();
    await expect.poll(() => reportRow.locator('.event-state').innerText()).toBe('đã kiểm tra');
    expect(eventView().documents[0]!.state).toBe('checked');

    await page.getByRole('tab', { name: /^Các bên giao ước/ }).click();
    const field = page.getByRole('textbox', { name: 'Người đại diện, dòng 2', exact: true });
    await field.fill('Trần Văn Mới');
    await page.getByRole('button', { name: 'Lưu các bên' }).click();
    await page.getByText('Đã lưu các bên; văn bản nháp đã sửa theo.').waitFor();
    const pledgeId = eventView().documents[3]!.id;
    expect(services.pledges.get(pledgeId).parties.map((party) => party.representative)).toContain('Trần Văn Mới');
  });

  it('opens a document from the workspace, and comes back', async () => {
    const invitation = eventView().documents[5]!;
    await page.locator('.event-docs tbody tr').nth(5).getByRole('button', { name: 'Mở' }).click();
    await page.locator('[data-testid="sheet"]').waitFor();
    await expect.poll(() => page.locator('.doc-item.is-open').innerText()).toContain(invitation.title.slice(0, 20));
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    await expect.poll(() => page.locator('.event-item.is-open').innerText()).toContain(seed.title.slice(0, 30));
  });

  it('a new event needs a name, a date and a well-typed time, said in Vietnamese; nothing is stored until then', async () => {
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await page.locator('#event-title').fill('Hội nghị sơ kết');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await page.getByText('Cần có Tên hội nghị và Ngày (ví dụ 31/01/2024)').waitFor();
    // A day its month lacks is named as such, and nothing is stored.
    await page.locator('#event-date').fill('30/02/2026');
    await page.locator('#event-title').press('Enter');
    await page.locator('.event-status', { hasText: 'Tháng 02/2026 chỉ có 28 ngày, không có ngày 30' }).waitFor();
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('event-date');
    // A time that is none ("25h") is not dropped silently: the form stays, naming it.
    await page.locator('#event-date').fill('15/07/2024');
    await page.locator('#event-time').fill('25h');
    await page.locator('#event-title').press('Enter');
    await page.locator('.event-status', { hasText: 'Giờ ghi theo dạng 24 giờ, ví dụ 16:20' }).waitFor();
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('event-time');
    expect(services.events.list()).toHaveLength(1);
    // An hour written as on paper ("8h") reads as 08:00 once the field is left.
    await page.locator('#event-time').fill('8h');
    await page.locator('#event-time').press('Tab');
    await expect.poll(() => page.locator('#event-time').inputValue()).toBe('08:00');
    await page.locator('#event-title').press('Enter');
    await expect.poll(() => services.events.list().length).toBe(2);
    expect(services.events.view(services.events.list()[0]!.id)).toMatchObject({ title: 'Hội nghị sơ kết', date: '2024-07-15', time: '08:00' });
  });

  it('a new event’s form keeps what was typed — a date typed wrong too — across a document, a reload, until it is created', async () => {
    const before = services.events.list().length;
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await page.locator('#event-title').fill('Hội nghị tổng kết công tác Mặt trận');
    await page.locator('#event-venue').fill('Hội trường tổ dân phố số 2');
    await page.locator('#event-date').fill('31/02/2026');
    await page.locator('.doc-item').first().click();
    await page.locator('[data-testid="sheet"], .att-grid, .pledge-editor').first().waitFor();
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    // Another event shows: the button says a new one waits.
    await page.locator('.event-item').first().click();
    await expect.poll(() => page.locator('.event-draft-tag').innerText()).toBe('nháp');
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('Hội nghị tổng kết công tác Mặt trận');
    expect(await page.locator('#event-venue').inputValue()).toBe('Hội trường tổ dân phố số 2');
    expect(await page.locator('#event-date').inputValue()).toBe('31/02/2026');
    // A reload (or a crash) loses nothing either: the date typed wrong still says why.
    await page.reload();
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('Hội nghị tổng kết công tác Mặt trận');
    expect(await page.locator('#event-date').inputValue()).toBe('31/02/2026');
    await page.getByText('Tháng 02/2026 chỉ có 28 ngày, không có ngày 31').first().waitFor();
    await page.locator('#event-date').fill('20/12/2026');
    await page.locator('#event-title').press('Enter');
    await expect.poll(() => services.events.list().length).toBe(before + 1);
    expect(services.events.view(services.events.list()[0]!.id)).toMatchObject({ title: 'Hội nghị tổng kết công tác Mặt trận', venue: 'Hội trường tổ dân phố số 2', date: '2026-12-20' });
    expect(await page.locator('.event-draft-tag').count()).toBe(0);
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('');
    await page.reload();
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.getByRole('button', { name: 'Hội nghị mới' }).click();
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('');
  });
});
