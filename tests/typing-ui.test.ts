/**
 * Typing as a clerk types (issue 11), in Chromium through the web harness: a time typed into a
 * pre-filled time field replaces it ("16:20" into "08:00" gives 16:20, never "08:0016:20"), also when
 * the caret was put after the old time; one Ctrl+Z in the text takes back one word, not a letter and
 * not the paragraph; a word typed right after Enter starts the new paragraph; a pledge edit made just before switching tab is saved, not dropped. Needs the built renderer: out/renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyNode } from '../src/shared/document/body';
import type { Services } from '../src/main/services/services';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[typing-ui] skipped: ${skipReason}`);

const p = (value: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

describe.skipIf(skipReason !== '')('typing in Chromium', () => {
  let app: AppInBrowser;
  let page: Page;
  let services: Services;
  const ids = { article: '', report: '', pledge: '', lines: '' };

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-typing-', rendererDir);
    ({ page, services } = app);
    const article = services.documents.create('tin-bai-hoi-nghi');
    ids.article = article.id;
    services.documents.save(article.id, { ...article, title: 'Tin có giờ đăng', portal: { ...article.portal, publishedAt: '2024-01-31T08:00' } });
    const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    ids.report = report.id;
    services.documents.save(report.id, { ...report, title: 'Báo cáo để gõ', body: { type: 'doc', content: [p('Mở đầu.')] } });
    const lines = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    ids.lines = lines.id;
    // Long enough (past LONG_BODY_BLOCKS) that its blocks off screen are skipped (editor/long-body.ts).
    const longBody = Array.from({ length: 150 }, (_, index) => p(`Đoạn ${index + 1} của báo cáo.`));
    services.documents.save(lines.id, { ...lines, title: 'Báo cáo gõ nhiều đoạn', body: { type: 'doc', content: longBody } });
    const pledge = services.documents.create('giao-uoc-thi-dua');
    ids.pledge = pledge.id;
    services.documents.save(pledge.id, { ...pledge, title: 'Giao ước để gõ' });
    services.pledges.save(pledge.id, {
      parties: [{ id: 'p1', name: 'Ủy ban MTTQ Việt Nam phường Khương Đình', representative: 'Nguyễn Văn An', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: true }],
      commitments: [],
      signatureOrder: ['p1'],
    });
    await page.goto(app.harness.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  const open = async (title: string) => {
    const item = page.locator('.doc-item', { hasText: title }).first();
    await item.click();
    // Open once the list marks it (the first opening also fetches the editor's code): only then does
    // the side panel show its own state, which panelOpen() reads.
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
  };
  const publishedAt = () => services.documents.get(ids.article).portal.publishedAt;
  const panelOpen = async () => {
    if (!(await page.locator('.side-panel').isVisible())) await page.getByRole('button', { name: /Thông tin văn bản|Bảng bên/u }).first().click();
  };

  it('a time typed into the pre-filled "08:00" replaces it', async () => {
    await open('Tin có giờ đăng');
    await panelOpen();
    const time = page.locator('#frame-publishedTime');
    await expect.poll(() => time.inputValue()).toBe('08:00');
    // A click selects the whole time: typing replaces it.
    await time.click();
    await page.keyboard.type('16:20');
    expect(await time.inputValue()).toBe('16:20');
    await expect.poll(publishedAt, { timeout: 10_000 }).toBe('2024-01-31T16:20');

    // The caret put after the old time (End): the new time still wins, not "16:2009:45".
    await page.locator('#frame-title').click();
    await time.click();
    await page.keyboard.press('End');
    await page.keyboard.type('09:45');
    expect(await time.inputValue()).toBe('09:45');
    await expect.poll(publishedAt, { timeout: 10_000 }).toBe('2024-01-31T09:45');

    // Digits alone read as a time too; a wrong time is named and not stored.
    await page.locator('#frame-title').click();
    await time.click();
    await page.keyboard.type('1530');
    await expect.poll(publishedAt, { timeout: 10_000 }).toBe('2024-01-31T15:30');
    await page.locator('#frame-title').click();
    await time.click();
    await page.keyboard.type('25:00');
    expect(await time.inputValue()).toBe('25:00');
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(1200);
    expect(publishedAt()).toBe('2024-01-31T15:30');
  });

  it('one Ctrl+Z takes back one word, not a letter and not the paragraph', async () => {
    await open('Báo cáo để gõ');
    const editor = page.getByTestId('body-editor');
    await editor.getByText('Mở đầu.').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // Typed without a pause: ProseMirror alone would put all of it in one undo step.
    await page.keyboard.type('Hội nghị đã thành công tốt đẹp');
    const text = () => editor.innerText();
    expect(await text()).toContain('Hội nghị đã thành công tốt đẹp');

    await page.keyboard.press('Control+z');
    expect((await text()).trimEnd()).toMatch(/Hội nghị đã thành công tốt$/u);
    await page.keyboard.press('Control+z');
    expect((await text()).trimEnd()).toMatch(/Hội nghị đã thành công$/u);
    await page.keyboard.press('Control+y');
    expect((await text()).trimEnd()).toMatch(/Hội nghị đã thành công tốt$/u);
    // Back to before the paragraph, a word at a time: 6 words, then the new paragraph itself.
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Control+z');
    expect((await text()).trim()).toMatch(/^Mở đầu\.\s+Hội$/u);
    await page.keyboard.press('Control+z');
    expect((await text()).trim()).toBe('Mở đầu.');
    expect(await editor.locator('p').count()).toBe(2);
    await page.keyboard.press('Control+z');
    expect(await editor.locator('p').count()).toBe(1);
  });

  it('a word typed right after Enter starts the new paragraph of a long body, never "ội nghịH"', async () => {
    // Chromium decided only at its next frame that a new block (content-visibility: auto) was on screen, and a
    // key typed before that frame went in before the caret: ~1 in 4 paragraphs here (editor/caret-block.ts).
    await open('Báo cáo gõ nhiều đoạn');
    const editor = page.getByTestId('body-editor');
    await expect.poll(() => editor.getAttribute('class')).toContain('long-body');
    await editor.getByText('Đoạn 1 của báo cáo.').click();
    for (let line = 1; line <= 12; line += 1) {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Hội nghị ${line}`);
    }
    const paragraphs = await editor.locator('p').allInnerTexts();
    expect(paragraphs.slice(-13)).toEqual(['Đoạn 150 của báo cáo.', ...Array.from({ length: 12 }, (_, index) => `Hội nghị ${index + 1}`)]);
  });

  it('a pledge edit made just before switching to "Văn bản" is saved, and shows there', async () => {
    await open('Giao ước để gõ');
    const name = page.getByRole('textbox', { name: 'Tên đơn vị' }).first();
    await expect.poll(() => name.inputValue()).toBe('Ủy ban MTTQ Việt Nam phường Khương Đình');
    await name.fill('Ủy ban MTTQ Việt Nam phường Phương Liệt');
    // Well inside the 0.7 s save delay.
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await expect.poll(() => services.pledges.get(ids.pledge).parties[0]?.name, { timeout: 10_000 }).toBe('Ủy ban MTTQ Việt Nam phường Phương Liệt');
    await expect.poll(() => page.getByTestId('sheet').innerText(), { timeout: 10_000 }).toContain('phường Phương Liệt');
  });
});
