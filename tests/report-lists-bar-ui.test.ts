/**
 * The report's Danh sách đại biểu bar in Chromium (a new-user trial): "Chèn câu" is greyed, saying
 * why, while the report already holds that list's attendance sentence, and comes back when the
 * sentence goes; a long list name is cut with "…" and never pushes a button onto a second line, at
 * the window's minimum width too. Needs the built renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE } from '../src/main/electron/window-options';
import { emptyRow } from '../src/shared/attendee/attendee-list';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[report-lists-bar-ui] skipped: ${skipReason}`);

const LONG_NAME = 'Danh sách đại biểu dự Hội nghị tổng kết công tác Mặt trận năm 2025 và triển khai nhiệm vụ năm 2026 của Ủy ban MTTQ Việt Nam phường Khương Đình';

/** An attendees document with a few people, titled `title` (the bar lists a list by its document's title). */
function seedList(services: Services, title: string): string {
  const doc = services.documents.create('danh-sach-dai-bieu');
  services.documents.save(doc.id, { title, portal: doc.portal, frame: doc.frame, body: doc.body });
  const list = services.attendees.getForDocument(doc.id);
  const { updatedAt: _updatedAt, ...content } = list;
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
  services.attendees.save({ ...content, rows: names.map((fullName, index) => ({ ...emptyRow(`row-${index}`, index), fullName, title: 'Ủy viên' })) });
  return list.id;
}

function seedReport(services: Services, title: string): { id: string; title: string } {
  const doc = services.documents.create('bao-cao-ket-qua-hoi-nghi');
  services.documents.save(doc.id, { title, portal: doc.portal, frame: doc.frame, body: doc.body });
  return { id: doc.id, title };
}

describe.skipIf(skipReason !== '')('the report lists bar in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-report-bar-', rendererDir);
    ({ services, harness, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const bar = () => page.getByRole('toolbar', { name: 'Danh sách đại biểu' });
  const insertButton = () => bar().getByRole('button', { name: 'Chèn câu "Dự hội nghị có: …"' });
  const sentencesIn = (id: string) => JSON.stringify(services.documents.get(id).body).split('"type":"attendanceSentence"').length - 1;

  it('greys "Chèn câu" while the report holds the sentence, says why, and enables it again when the sentence goes', async () => {
    const listId = seedList(services, 'Danh sách đại biểu Hội nghị phát động thi đua');
    const report = seedReport(services, 'Báo cáo Hội nghị phát động thi đua');
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: report.title }).first().click();
    await page.locator('.ProseMirror').first().waitFor();
    await bar().locator('select').selectOption(listId);
    expect(await insertButton().isEnabled()).toBe(true);

    await insertButton().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chèn câu', exact: true }).click();
    await page.getByTestId('attendance-sentence').waitFor();
    await expect.poll(() => insertButton().isDisabled()).toBe(true);
    expect(await insertButton().getAttribute('title')).toBe('Báo cáo đã có câu "Dự hội nghị có: …" của danh sách này. Muốn chèn lại thì xóa câu cũ trước.');
    await expect.poll(() => sentencesIn(report.id), { timeout: 10_000 }).toBe(1);

    // Typing elsewhere in the body leaves it greyed.
    await page.locator('[data-testid="body-editor"] p').last().click();
    await page.keyboard.type(' Hội nghị');
    expect(await insertButton().isDisabled()).toBe(true);

    // The sentence selected and deleted: the button is back; undone, it is greyed again.
    await page.getByTestId('attendance-sentence').click({ position: { x: 200, y: 4 } });
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('attendance-sentence').count()).toBe(0);
    await expect.poll(() => insertButton().isEnabled()).toBe(true);
    expect((await insertButton().getAttribute('title')) ?? '').not.toContain('đã có câu');
    await page.keyboard.press('Control+z');
    await page.getByTestId('attendance-sentence').waitFor();
    await expect.poll(() => insertButton().isDisabled()).toBe(true);
  });

  /** Where the bar's parts are: the pick row's controls on one line, inside the bar, the select cut with "…". */
  const barLayout = () =>
    page.evaluate<{ barWidth: number; barScroll: number; middles: number[]; heights: number[]; rights: number[]; barRight: number; selectOverflow: string; selectTitle: string; buttonsWrapped: boolean }>(`(() => {
      const bar = document.querySelector('.att-report-bar');
      const select = bar.querySelector('select');
      const buttons = [...bar.querySelectorAll('.att-report-pick button')];
      const boxes = [select, ...buttons].map((el) => el.getBoundingClientRect());
      return {
        barWidth: bar.clientWidth,
        barScroll: bar.scrollWidth,
        middles: boxes.map((box) => Math.round(box.top + box.height / 2)),
        heights: buttons.map((el) => Math.round(el.getBoundingClientRect().height)),
        rights: [...bar.querySelectorAll('button, select')].map((el) => Math.round(el.getBoundingClientRect().right)),
        barRight: Math.round(bar.getBoundingClientRect().right),
        selectOverflow: getComputedStyle(select).textOverflow,
        selectTitle: select.title,
        buttonsWrapped: buttons.some((el) => el.scrollWidth > el.clientWidth || el.getClientRects().length > 1),
      };
    })()`);

  it.each([
    ['the minimum window', MIN_WINDOW_SIZE],
    ['a wide window', { width: 1440, height: 900 }],
  ])('a long list name is cut with "…" and no button leaves the line, in %s', async (_name, size) => {
    const listId = seedList(services, LONG_NAME);
    const report = seedReport(services, `Báo cáo hội nghị (${size.width} px)`);
    services.attendees.attach(report.id, listId);
    await page.setViewportSize(size);
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: report.title }).first().click();
    await page.locator('.ProseMirror').first().waitFor();
    // The side panel open, as a document opens: the narrowest the centre gets.
    await page.locator('.side-panel').waitFor();
    await expect.poll(() => bar().locator('select').inputValue()).toBe(listId);
    await bar().getByTestId('report-attachment').waitFor();

    const layout = await barLayout();
    expect(new Set(layout.middles).size).toBe(1);
    expect(Math.max(...layout.heights)).toBeLessThan(32);
    expect(layout.buttonsWrapped).toBe(false);
    expect(layout.barScroll).toBeLessThanOrEqual(layout.barWidth);
    for (const right of layout.rights) expect(right).toBeLessThanOrEqual(layout.barRight);
    expect(layout.selectOverflow).toBe('ellipsis');
    expect(layout.selectTitle).toBe(LONG_NAME);
  });
});
