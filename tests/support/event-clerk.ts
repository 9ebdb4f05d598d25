/**
 * A scripted clerk doing one conference's paperwork in the event workspace, as a new user would:
 * the event form typed, the attendees and the parties pasted from the spreadsheet they already have,
 * "Tạo văn bản", one fact fixed (the venue), "Xuất tất cả", the portal copy. Every click and key
 * goes through the counters, so the benchmark (bench/event-clerk.ts) and the browser test
 * (tests/event-workspace-ui.test.ts) run the same steps and the figures are of what a clerk does.
 * No __dirname here: the benchmark runs this as an ES module.
 */
import type { Locator, Page } from 'playwright-core';

export interface SeedConference {
  title: string;
  date: string;
  time: string;
  venue: string;
  chair: { name: string; title: string };
  summary: string;
  attendees: Array<{ honorific: string; fullName: string; title: string; unit: string }>;
  pledgeParties: Array<{ name: string; representative: string; title: string; authorityLine: string; isHost: boolean }>;
  programmeParties: Array<{ name: string; representative: string; title: string; authorityLine: string; isHost: boolean }>;
}

export interface ClerkCounts {
  clicks: number;
  keys: number;
  /** Pastes of a block copied from the clerk's spreadsheet (each also counted as its keys). */
  pastes: number;
  /** Steps where a person stops to find the next thing (one per action below). */
  steps: number;
}

export interface ClerkRun {
  counts: ClerkCounts;
  /** Wall-clock seconds of the scripted run, the waits for the app included. */
  seconds: number;
  /** Seconds the app took to export everything (from the click to the done line). */
  exportSeconds: number;
  /** The line the workspace showed when the export was done. */
  exportLine: string;
  /** The venue as fixed by the clerk. */
  fixedVenue: string;
}

/** "2024-01-31" → "31/01/2024", as the clerk types a date. */
function typedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';

export class Clerk {
  readonly counts: ClerkCounts = { clicks: 0, keys: 0, pastes: 0, steps: 0 };
  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.counts.clicks++;
    this.counts.steps++;
    await target.click();
  }

  /** Text typed key by key (Vietnamese letters count one key each, as Unikey gives them). */
  async type(text: string): Promise<void> {
    this.counts.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    this.counts.keys++;
    await this.page.keyboard.press(key);
  }

  /** A block copied in the spreadsheet (Ctrl+C there, Ctrl+V here) lands on the clipboard, then is pasted. */
  async pasteFromSpreadsheet(text: string): Promise<void> {
    // A string: tests have no DOM lib.
    await this.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    this.counts.pastes++;
    this.counts.steps++;
    this.counts.keys += 2; // Ctrl+C in the spreadsheet, Ctrl+V here
    this.counts.clicks += 1; // back to Thư ký's window
    await this.page.keyboard.press('Control+V');
  }
}

/**
 * The whole job for one conference, from an empty workspace. `expectPdf`: wait for the PDFs too
 * (the export's done line names them) — the benchmark has LibreOffice, the browser test does not.
 */
export async function runSeedConference(page: Page, seed: SeedConference, options: { fixedVenue?: string } = {}): Promise<ClerkRun> {
  const clerk = new Clerk(page);
  const started = performance.now();
  await clerk.click(page.getByRole('button', { name: 'Hội nghị / sự kiện' }));
  // An empty workspace opens on the new-event form with the caret in "Tên hội nghị".
  await page.locator('#event-title').waitFor();
  clerk.counts.steps++;
  await clerk.type(seed.title);
  await clerk.press('Tab');
  await clerk.type(typedDate(seed.date));
  await clerk.press('Tab');
  await clerk.type(seed.time);
  await clerk.press('Tab');
  await clerk.type(seed.venue);
  await clerk.press('Tab');
  await clerk.type(seed.chair.name);
  await clerk.press('Tab');
  await clerk.type(seed.chair.title);
  await clerk.press('Tab');
  for (const [index, line] of seed.summary.split('\n').entries()) {
    if (index > 0) await clerk.press('Enter');
    await clerk.type(line);
  }
  await clerk.press('Control+S');
  await page.getByRole('heading', { name: 'Thông tin hội nghị' }).waitFor();

  // Attendees: the list the office already keeps in Excel (Họ và tên, Chức vụ, Đơn vị).
  await clerk.click(page.locator('.att-grid'));
  await clerk.pasteFromSpreadsheet(tsv(seed.attendees.map((person) => [person.fullName, person.title, person.unit])));
  await page.locator('.att-row:not(.att-group-row)').nth(seed.attendees.length - 1).waitFor();
  await page.locator('.att-workspace', { hasText: 'Đã lưu lúc' }).waitFor();

  for (const [tab, parties] of [
    [/^Các bên giao ước/, seed.pledgeParties],
    [/^Các bên chương trình phối hợp/, seed.programmeParties],
  ] as const) {
    if (parties.length === 0) continue;
    await clerk.click(page.getByRole('tab', { name: tab }));
    await clerk.click(page.getByRole('button', { name: 'Thêm bên' }));
    await clerk.pasteFromSpreadsheet(tsv(parties.map((party) => [party.name, party.representative, party.title, party.authorityLine])));
    const host = parties.findIndex((party) => party.isHost);
    if (host >= 0) await clerk.click(page.getByRole('radio', { name: `Chủ trì, dòng ${host + 1}`, exact: true }));
    await clerk.click(page.getByRole('button', { name: 'Lưu các bên' }));
    await page.getByText('Đã lưu các bên', { exact: false }).waitFor();
  }

  await clerk.click(page.getByRole('button', { name: 'Tạo văn bản' }));
  await page.locator('.event-docs tbody tr').nth(5).waitFor();

  // One thing to fix: the venue moved to another hall. The drafts follow.
  const fixedVenue = options.fixedVenue ?? 'Hội trường Nhà văn hóa phường Thanh Xuân';
  await clerk.click(page.locator('#event-venue'));
  await clerk.press('Control+A');
  await clerk.type(fixedVenue);
  await clerk.press('Control+S');
  await page.getByText('văn bản nháp đã sửa theo', { exact: false }).waitFor();

  const exportStarted = performance.now();
  await clerk.click(page.getByRole('button', { name: 'Xuất tất cả' }));
  const done = page.locator('.event-export-done');
  await done.waitFor({ timeout: 600_000 });
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  const exportLine = await done.innerText();

  await clerk.click(page.getByRole('button', { name: 'Sao chép cho cổng thông tin' }));
  await page.locator('.toast', { hasText: 'Đã sao chép tin bài' }).waitFor();
  return { counts: clerk.counts, seconds: (performance.now() - started) / 1000, exportSeconds, exportLine, fixedVenue };
}
