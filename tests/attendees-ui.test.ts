/**
 * The attendee grid in Chromium through the web harness (issue 5, point 6): import a CSV in the UI,
 * edit a cell, sort, and see the change in the report's appendix (Word export read from the store)
 * and in the report's live attendance sentence (issue 5, point 4).
 * Needs the built renderer: out/renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { CONFERENCE_ROWS, toCsv } from './support/attendee-fixtures';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

// THUKY_RENDERER_DIR: a renderer built elsewhere (e.g. `electron-vite build --outDir`), so out/ is left alone.
const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[attendees-ui] skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('attendee grid in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-att-ui-', rendererDir);
    ({ services, harness, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const gridText = () => page.locator('.att-grid').innerText();
  const nameCells = () => page.locator('.att-row:not(.att-group-row) .att-cell:nth-child(2)').allInnerTexts();

  it('imports a CSV, edits a cell, sorts, and the report appendix follows', async () => {
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="danh-sach-dai-bieu"]').click();
    await page.locator('.att-grid').waitFor();

    // Import: preview with the duplicate warning, then add.
    await page.getByTestId('attendee-import-file').setInputFiles({ name: 'dai-bieu.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(CONFERENCE_ROWS)) });
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toContain('Đọc được 7 đại biểu');
    expect(await dialog.innerText()).toContain('Dòng 12: có thể trùng người với dòng 5');
    await dialog.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(gridText).toContain('A. ĐẠI BIỂU THÀNH PHỐ');
    expect(await nameCells()).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Đặng Ưng Vỹ', 'Nguyen Van A', 'Hứa Thị Ngoãn']);

    // Edit "Nguyen Van A" (6th person) with the keyboard: click, Enter, type, Enter.
    await page.locator('.att-row:not(.att-group-row)').nth(5).locator('.att-cell').nth(1).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('grid-cell-input').inputValue()).toBe('Nguyen Van A');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Nguyễn Văn Ân');
    await page.keyboard.press('Enter');
    await expect.poll(nameCells).toContain('Nguyễn Văn Ân');

    // Sort by given name inside the groups.
    await page.getByLabel('Sắp xếp').selectOption('givenName');
    await expect.poll(nameCells).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Nguyễn Văn Ân', 'Hứa Thị Ngoãn', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Đặng Ưng Vỹ']);

    // Undo the sort, redo it.
    await page.locator('.att-grid').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(nameCells).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Đặng Ưng Vỹ', 'Nguyễn Văn Ân', 'Hứa Thị Ngoãn']);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.att-status').innerText(), { timeout: 10_000 }).toMatch(/Đã lưu lúc \d\d:\d\d/);

    // The store has the edit and the order; a report attached to the list shows it in its appendix.
    const listDoc = services.documents.list().find((doc) => doc.kind === 'attendees')!;
    await expect.poll(() => services.attendees.getForDocument(listDoc.id).rows.map((row) => row.fullName), { timeout: 10_000 }).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Nguyễn Văn Ân', 'Hứa Thị Ngoãn', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Đặng Ưng Vỹ']);
    const list = services.attendees.getForDocument(listDoc.id);
    expect(list.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Nguyễn Văn Ân', 'Hứa Thị Ngoãn', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Đặng Ưng Vỹ']);
    const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    services.attendees.attach(report.id, list.id);
    const xml = strFromU8(unzipSync((await services.exports.word(report.id)).bytes)['word/document.xml']!);
    expect(xml.indexOf('Nguyễn Văn Ân')).toBeGreaterThan(xml.indexOf('>Phụ lục<'));
    expect(xml.indexOf('Nguyễn Văn Ân')).toBeLessThan(xml.indexOf('Thích Thanh Nhiễu'));
  });

  it('pastes a block copied from Excel and adds rows', async () => {
    await page.locator('.att-row:not(.att-group-row)').nth(6).locator('.att-cell').nth(0).click();
    // A string script: the test file is compiled without DOM types.
    const tsv = '8\tĐ/c Bùi Thị Xuân\tỦy viên\tPhường Kim Giang\r\n9\tLý Văn Phức\tỦy viên, Thư ký\tPhường Hạ Đình\r\n';
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(tsv)});
      document.querySelector('.att-grid').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(nameCells).toEqual(['Nguyễn Văn A', 'Trần Thị Bích Ngọc', 'Nguyễn Văn Ân', 'Hứa Thị Ngoãn', 'Thích Thanh Nhiễu', 'Lương Thị Ơn', 'Bùi Thị Xuân', 'Lý Văn Phức']);
    const honorifics = await page.locator('.att-row:not(.att-group-row) .att-cell:nth-child(6)').allInnerTexts();
    expect(honorifics[6]).toBe('Đồng chí');
  });

  it('inserts the attendance sentence as a live reference that follows the grid, then freezes it', async () => {
    const listDoc = services.documents.list().find((doc) => doc.kind === 'attendees')!;
    await expect.poll(() => services.attendees.getForDocument(listDoc.id).rows.length, { timeout: 10_000 }).toBe(8);
    const sentenceBox = page.getByTestId('attendance-sentence');
    const reportBody = (id: string) => JSON.stringify(services.documents.get(id).body);

    // A new report in the UI; meanwhile the two city guests get protocol ranks, so they are named.
    const earlierReports = new Set(services.documents.list().map((doc) => doc.id));
    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]').click();
    await page.locator('.ProseMirror').first().waitFor();
    const list = services.attendees.getForDocument(listDoc.id);
    const { updatedAt: _updatedAt, ...content } = list;
    services.attendees.save({ ...content, rows: list.rows.map((row, index) => ({ ...row, protocolRank: index < 2 ? index + 1 : null })) });
    await expect.poll(() => services.documents.list().filter((doc) => !earlierReports.has(doc.id)).length).toBe(1);
    const report = services.documents.list().find((doc) => !earlierReports.has(doc.id))!;

    const bar = page.getByRole('toolbar', { name: 'Danh sách đại biểu' });
    await bar.locator('select').selectOption(list.id);
    await bar.getByRole('button', { name: 'Chèn câu "Dự hội nghị có: …"' }).click();
    // The picker starts with the ranked guests ticked and shows the sentence as it will read.
    const picker = page.getByRole('dialog');
    await expect.poll(() => picker.getByTestId('guest-picker-preview').innerText()).toContain('Dự hội nghị có: đồng chí Nguyễn Văn A');
    await expect.poll(() => picker.locator('input[type="checkbox"]:checked').count()).toBe(2);
    await picker.getByRole('button', { name: 'Chèn câu', exact: true }).click();
    await expect.poll(() => sentenceBox.innerText()).toContain('Dự hội nghị có: đồng chí Nguyễn Văn A - Ủy viên Ban Thường vụ Thành ủy');
    expect(await sentenceBox.getAttribute('title')).toBe('Câu thành phần lấy từ danh sách đại biểu — tự cập nhật');
    // Stored as a reference, not as the text.
    await expect.poll(() => reportBody(report.id), { timeout: 10_000 }).toContain(`"type":"attendanceSentence","attrs":{"listId":"${list.id}"`);
    expect(reportBody(report.id)).not.toContain('Dự hội nghị có');
    expect(reportBody(report.id)).toContain(`"leadingRowIds":${JSON.stringify([list.rows[0]!.id, list.rows[1]!.id])}`);

    // Edit the first guest's name in the grid; back in the report the sentence has the new name.
    await page.locator('.doc-item', { hasText: listDoc.title }).first().click();
    await page.locator('.att-grid').waitFor();
    await page.locator('.att-row:not(.att-group-row)').nth(0).locator('.att-cell').nth(1).click();
    await page.keyboard.press('Enter');
    // Ctrl+A only once the editor holds the cell's text (the edit starts on the next render).
    await expect.poll(() => page.getByTestId('grid-cell-input').inputValue()).toBe('Nguyễn Văn A');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Nguyễn Văn Anh');
    await page.keyboard.press('Enter');
    await expect.poll(() => services.attendees.getForDocument(listDoc.id).rows[0]?.fullName, { timeout: 10_000 }).toBe('Nguyễn Văn Anh');
    // The first report test made has the same title; this one was saved last, so it is listed first.
    await page.locator('.doc-item', { hasText: report.title }).first().click();
    await expect.poll(() => sentenceBox.innerText(), { timeout: 10_000 }).toContain('đồng chí Nguyễn Văn Anh - Ủy viên Ban Thường vụ Thành ủy');

    // Freeze: the text is kept in the report and no longer follows the list.
    await sentenceBox.getByRole('button', { name: 'Cố định' }).click();
    await expect.poll(() => reportBody(report.id), { timeout: 10_000 }).toContain('"frozenText":"Dự hội nghị có: đồng chí Nguyễn Văn Anh');
    const now = services.attendees.getForDocument(listDoc.id);
    const { updatedAt: _now, ...nowContent } = now;
    services.attendees.save({ ...nowContent, rows: now.rows.map((row, index) => (index === 0 ? { ...row, fullName: 'Nguyễn Văn Bình' } : row)) });
    await page.evaluate('window.dispatchEvent(new Event("focus"))');
    expect(await sentenceBox.innerText()).toContain('Nguyễn Văn Anh');
    expect(await sentenceBox.getAttribute('title')).toBe('Câu thành phần đã cố định — không đổi theo danh sách nữa');
    const xml = strFromU8(unzipSync((await services.exports.word(report.id)).bytes)['word/document.xml']!);
    expect(xml).toContain('Nguyễn Văn Anh');
    expect(xml).not.toContain('Nguyễn Văn Bình');

    // Unfreeze: live again, with the list as it is now.
    await sentenceBox.getByRole('button', { name: 'Bỏ cố định' }).click();
    await expect.poll(() => sentenceBox.innerText(), { timeout: 10_000 }).toContain('đồng chí Nguyễn Văn Bình');
    await expect.poll(() => reportBody(report.id), { timeout: 10_000 }).toContain('"frozenText":null');

    // Its buttons sit in the sheet's margin, out of the sentence's lines: the lines are the printed ones.
    const sides = await page.evaluate<{ actionsRight: number; sentenceLeft: number }>(`(() => {
      const box = document.querySelector('[data-testid="attendance-sentence"]');
      return { actionsRight: box.querySelector('.attendance-sentence-actions').getBoundingClientRect().right, sentenceLeft: box.getBoundingClientRect().left };
    })()`);
    expect(sides.actionsRight).toBeLessThanOrEqual(sides.sentenceLeft);
    expect(await sentenceBox.getByRole('button', { name: 'Cố định' }).isVisible()).toBe(true);

    // Attached as Phụ lục, the list is the one the bar has chosen when the report opens again.
    const listId = services.attendees.getForDocument(listDoc.id).id;
    await bar.locator('select').selectOption(listId);
    await bar.getByRole('button', { name: 'Đính kèm làm Phụ lục' }).click();
    await bar.getByTestId('report-attachment').waitFor();
    await page.locator('.doc-item', { hasText: listDoc.title }).first().click();
    await page.locator('.att-grid').waitFor();
    await page.locator('.doc-item', { hasText: report.title }).first().click();
    await expect.poll(() => bar.locator('select').inputValue()).toBe(listId);
  });
});
