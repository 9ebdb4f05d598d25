/**
 * A steady page, each workspace only its own tools (issue 11), in Chromium through the web harness:
 * the caret entering or leaving a table moves nothing (the table tools hold a fixed slot, greyed
 * outside a table); a list's and a pledge's own screens show no text tools, so no button appears
 * twice. Needs the built renderer: out/renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../src/shared/document/body';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[steady-page] skipped: ${skipReason}`);

const text = (value: string): BodyNode => ({ type: 'text', text: value });
const p = (value: string): BodyNode => ({ type: 'paragraph', content: [text(value)] });
const cell = (value: string): BodyNode => ({ type: 'tableCell', content: [p(value)] });
const row = (...values: string[]): BodyNode => ({ type: 'tableRow', content: values.map(cell) });

describe.skipIf(skipReason !== '')('a steady page in Chromium', () => {
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-steady-', rendererDir);
    page = app.page;
    const { services } = app;
    const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    services.documents.save(report.id, {
      ...report,
      title: 'Báo cáo có bảng',
      body: {
        type: 'doc',
        content: [
          p('Đoạn văn trước bảng, đủ dài để bấm vào.'),
          { type: 'table', content: [row('Đơn vị', 'Số lượng'), row('Khu dân cư số 1', '12')] },
          p('Đoạn văn sau bảng, đủ dài để bấm vào.'),
        ],
      },
    });
    services.documents.create('danh-sach-dai-bieu');
    services.documents.create('giao-uoc-thi-dua');
    services.documents.create('chuong-trinh-phoi-hop');
    await page.goto(app.harness.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  const open = (title: string) => page.locator('.doc-item', { hasText: title }).first().click();
  const buttons = (name: string) => page.getByRole('button', { name, exact: true });
  /** Where the body editor and the toolbar stand on the page. */
  const layout = async () => {
    const editor = await page.getByTestId('body-editor').boundingBox();
    const toolbar = await page.getByRole('toolbar', { name: 'Định dạng' }).boundingBox();
    return { editorTop: editor?.y, toolbarHeight: toolbar?.height };
  };

  it('the caret entering and leaving a table moves nothing; the table tools work inside it', async () => {
    await open('Báo cáo có bảng');
    const editor = page.getByTestId('body-editor');
    await editor.getByText('Đoạn văn trước bảng').click();
    const before = await layout();
    expect(before.editorTop).toBeGreaterThan(0);
    await expect.poll(() => buttons('Thêm dòng').isDisabled()).toBe(true);

    await editor.getByText('Khu dân cư số 1').click();
    await expect.poll(() => buttons('Thêm dòng').isEnabled()).toBe(true);
    expect(await layout()).toEqual(before);

    await buttons('Thêm dòng').click();
    await expect.poll(() => editor.locator('tr').count()).toBe(3);
    expect(await layout()).toEqual(before);

    await editor.getByText('Đoạn văn sau bảng').click();
    await expect.poll(() => buttons('Thêm dòng').isDisabled()).toBe(true);
    expect(await layout()).toEqual(before);
    // The greyed tools do nothing outside a table.
    await buttons('Xóa bảng').click({ force: true });
    expect(await editor.locator('table').count()).toBe(1);
  });

  it('a list\'s screen shows its grid tools once, no text tools', async () => {
    await open('Danh sách đại biểu');
    await page.locator('.att-grid').waitFor();
    for (const name of ['Thêm dòng', 'Xóa dòng', 'Xuất Word', 'Hoàn tác', 'Xuất Excel']) expect(await buttons(name).count(), name).toBe(1);
    for (const name of ['Đậm (Ctrl+B)', 'Chèn bảng', 'Xóa bảng']) expect(await buttons(name).count(), name).toBe(0);
    // The printed view is not an editor either; the wording is, with its text tools.
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByTestId('sheet').waitFor();
    expect(await buttons('Đậm (Ctrl+B)').count()).toBe(0);
    await page.getByRole('button', { name: 'Sửa lời văn' }).click();
    await expect.poll(() => buttons('Đậm (Ctrl+B)').count()).toBe(1);
    expect(await buttons('Thêm dòng').count()).toBe(1);
    expect(await buttons('Xuất Word').count()).toBe(1);
  });

  it('a pledge\'s screen shows its own tools, no text tools, one "Xuất Word"', async () => {
    await open('Giao ước thi đua');
    await page.getByRole('button', { name: 'Thêm bên' }).waitFor();
    for (const name of ['Thêm dòng', 'Xóa dòng', 'Đậm (Ctrl+B)', 'Chèn bảng']) expect(await buttons(name).count(), name).toBe(0);
    expect(await buttons('Xuất Word').count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Các bên & nội dung giao ước' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Nội dung giao ước' }).count()).toBe(1);
  });

  it('a programme\'s screen says "phối hợp", not "giao ước"', async () => {
    await open('Chương trình phối hợp');
    await page.getByRole('heading', { name: 'Nội dung phối hợp' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Các bên & nội dung phối hợp' }).count()).toBe(1);
    expect(await page.locator('.att-kind').getByText('giao ước').count()).toBe(0);
  });
});
