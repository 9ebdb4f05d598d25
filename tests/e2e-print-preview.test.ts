/**
 * "Xem trước bản in" in Chromium through the web harness: the PDF made by LibreOffice from the very
 * Word file is drawn page by page by pdf.js under the app's strict CSP (worker from the app itself),
 * as many pages as the PDF has, and "Xuất PDF" downloads that PDF. Needs the built renderer
 * (`npx electron-vite build`), Chromium and LibreOffice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { hasCommand, pdfPages } from './support/docx-readers';

const chromiumReason = chromiumSkipReason();
const skipReason = chromiumReason || (hasCommand('soffice') && hasCommand('pdfinfo') ? '' : 'LibreOffice (soffice) or pdfinfo not installed');
if (skipReason) console.log(`[e2e-print-preview] skipped: ${skipReason}`);

const TITLE = 'Báo cáo kết quả Hội nghị tổng kết năm 2024';

describe.skipIf(skipReason !== '')('print preview in Chromium', () => {
  let app: AppInBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-print-');
    app.services.documents.create('bao-cao-ket-qua-hoi-nghi', TITLE);
    app.page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the PDF pages LibreOffice made from the Word file and downloads the same PDF', async () => {
    const { page, harness } = app;
    await page.goto(harness.url);
    await page.locator('.doc-item', { hasText: TITLE }).click();
    await page.locator('[data-testid="sheet"]').waitFor();
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xem trước bản in' });
    await dialog.locator('.pdf-page').first().waitFor({ timeout: 240_000 });
    const shown = await dialog.locator('.pdf-page').count();
    await expect.poll(() => dialog.locator('.pdf-meta').innerText()).toContain('LibreOffice');

    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Xuất PDF' }).click();
    const file = path.join(app.dir, 'xem-truoc.pdf');
    await (await download).saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(shown).toBe(pdfPages(file).length);
    // The page images fill the A4 proportions of the PDF.
    const box = await dialog.locator('.pdf-page').first().boundingBox();
    expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(297 / 210, 1);
    expect(errors.filter((text) => /Content Security Policy|worker/i.test(text))).toEqual([]);
  }, 300_000);
});
