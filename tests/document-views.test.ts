/**
 * What the clerk sees is what gets signed (issue 11), in Chromium through the web harness:
 * the sheet shows exactly the căn cứ and nơi nhận lines the Word file prints (with punctuation typed
 * by the clerk, "Lưu: VT" once); a list's and a pledge's "Văn bản" tab shows the people, parties,
 * commitments and signatures the Word file prints, following the grid; "Kiểm tra" lists the
 * template's leftovers and a click selects one in the body. Takes the screenshots in docs/.
 * Needs the built renderer: out/renderer (`npx electron-vite build`), or THUKY_RENDERER_DIR.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import type { Harness } from '../src/main/web/server';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { readDocx, textOf } from './support/docx-xml';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[document-views] skipped: ${skipReason}`);
const docsDir = path.resolve(__dirname, '../docs');
// Screenshots are written only when asked (THUKY_SCREENSHOTS=1), so a test run never changes the repository.
const shoot = process.env['THUKY_SCREENSHOTS'] === '1';

describe.skipIf(skipReason !== '')('document views in Chromium', () => {
  let app: AppInBrowser;
  let services: Services;
  let harness: Harness;
  let page: Page;
  const ids = { report: '', pledge: '' };

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-views-', rendererDir);
    ({ services, harness, page } = app);
    await page.setViewportSize({ width: 1440, height: 900 });
    const profile = services.profile.get();
    services.profile.save({ ...profile, signer: { ...profile.signer, name: 'Nguyễn Văn An' } });

    const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    ids.report = report.id;
    services.documents.save(report.id, {
      ...report,
      title: 'Báo cáo kết quả hội nghị (khung)',
      frame: {
        ...report.frame,
        date: '2024-01-31',
        // As clerks type them: punctuation of their own, the archive line typed too.
        legalBases: ['Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam.', 'Căn cứ Chương trình phối hợp năm 2024,'],
        recipients: ['- Như trên;', 'Thường trực Đảng ủy phường (để b/c).', '- Lưu: VT.'],
      },
    });

    const pledge = services.documents.create('giao-uoc-thi-dua');
    ids.pledge = pledge.id;
    services.documents.save(pledge.id, { ...pledge, title: 'Giao ước thi đua năm 2024' });
    services.pledges.save(pledge.id, {
      parties: [
        { id: 'p1', name: 'Ủy ban MTTQ Việt Nam phường Khương Đình', representative: 'Nguyễn Văn An', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: true },
        { id: 'p2', name: 'Ủy ban MTTQ Việt Nam phường Phương Liệt', representative: 'Trần Thị Bình', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: false },
        { id: 'p3', name: 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', representative: 'Lê Văn Cường', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: false },
      ],
      commitments: [
        { id: 'c1', number: '1.', content: '100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc', target: '100%', targetsByParty: {}, note: '' },
        { id: 'c2', number: '2.', content: 'Vận động Quỹ "Vì người nghèo" vượt chỉ tiêu', target: '110%', targetsByParty: {}, note: '' },
      ],
      signatureOrder: ['p1', 'p2', 'p3'],
    });
    await page.goto(harness.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  const open = async (title: string) => {
    await page.locator('.doc-item', { hasText: title }).first().click();
  };

  it('the sheet shows the căn cứ and nơi nhận lines the Word file prints, "Lưu: VT" once', async () => {
    await open('Báo cáo kết quả hội nghị (khung)');
    const sheet = page.getByTestId('sheet');
    await sheet.locator('.nd30-recipients').waitFor();
    const screenRecipients = (await sheet.locator('.nd30-recipients > div').allInnerTexts()).slice(1);
    const screenBases = await sheet.locator('.nd30-bases p').allInnerTexts();
    expect(screenRecipients).toEqual(['- Như trên;', '- Thường trực Đảng ủy phường (để b/c);', '- Lưu: VT.']);
    expect(screenBases).toEqual(['Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;', 'Căn cứ Chương trình phối hợp năm 2024.']);
    const word = textOf(readDocx((await services.exports.word(ids.report)).bytes).document);
    for (const line of [...screenRecipients, ...screenBases]) expect(word).toContain(line);
    expect(word.split('Lưu:').length - 1).toBe(1);
    expect((await sheet.innerText()).split('Lưu:').length - 1).toBe(1);
    expect(await sheet.locator('.nd30-date').innerText()).toContain('ngày 31 tháng 01 năm 2024');
  });

  it('"Kiểm tra" lists the template leftovers and a click selects one in the body', async () => {
    if (!(await page.locator('.side-panel').isVisible())) await page.getByRole('button', { name: /Thông tin văn bản|Bảng bên/u }).first().click();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const panel = page.getByTestId('check-panel');
    const inBody = panel.locator('.check-row[data-kind="leftover"]', { hasText: 'trong nội dung' });
    await expect.poll(() => inBody.count(), { timeout: 10_000 }).toBeGreaterThan(3);
    // The template's year 2026 in a report dated 2024 is found too, with a one-click fix.
    expect(await panel.locator('.check-row[data-kind="year"]').count()).toBeGreaterThan(0);
    if (shoot) await page.screenshot({ path: path.join(docsDir, 'check-panel.png') });
    await inBody.nth(1).locator('.check-item').click();
    await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe('…');
    expect(await page.evaluate('document.activeElement.closest(".ProseMirror") !== null')).toBe(true);
  });

  it('a list\'s "Văn bản" tab shows its people and follows the grid', async () => {
    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="danh-sach-dai-bieu"]').click();
    await page.locator('.att-grid').waitFor();
    await page.locator('.att-grid').focus();
    const people = [
      ['Nguyễn Văn An', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Khương Đình'],
      ['Trần Thị Bình', 'Phó Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Phương Liệt'],
    ];
    for (const [index, [name, title, unit]] of people.entries()) {
      await page.keyboard.type(name!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(title!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(unit!);
      await page.keyboard.press(index < people.length - 1 ? 'Control+Enter' : 'Enter');
    }
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const printed = page.getByTestId('printed-body');
    await expect.poll(() => printed.innerText(), { timeout: 10_000 }).toContain('Trần Thị Bình');
    const text = await printed.innerText();
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toMatch(/Tổng số: 2 đại biểu/u);
    expect(text).not.toContain('…');
    if (shoot) await page.screenshot({ path: path.join(docsDir, 'list-view.png') });
    // Back to the grid, one more person: the view follows.
    await page.getByRole('tab', { name: 'Danh sách' }).click();
    await page.locator('.att-row:not(.att-group-row)').nth(1).locator('.att-cell').nth(1).click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Lê Văn Cường');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await expect.poll(() => printed.innerText(), { timeout: 10_000 }).toContain('Lê Văn Cường');
    expect(await printed.innerText()).toMatch(/Tổng số: 3 đại biểu/u);
  });

  it('a pledge\'s "Văn bản" tab shows its parties uncut, commitments and the signature grid', async () => {
    await open('Giao ước thi đua năm 2024');
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const printed = page.getByTestId('printed-body');
    await expect.poll(() => printed.innerText(), { timeout: 10_000 }).toContain('Ủy ban MTTQ Việt Nam phường Phương Liệt');
    const text = await printed.innerText();
    expect(text).toContain('Ủy ban MTTQ Việt Nam phường Khương Đình');
    expect(text).toContain('100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc');
    const grid = await page.getByTestId('signature-grid').innerText();
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) expect(grid).toContain(name);
    if (shoot) await page.screenshot({ path: path.join(docsDir, 'pledge-view.png') });
  });

  it('a pledge\'s "Văn bản" tab signs as the Word file does: the parties\' grid only, Nơi nhận under it (nd30-rules §9.6)', async () => {
    await open('Giao ước thi đua năm 2024');
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    const sheet = page.getByTestId('sheet');
    const grid = sheet.getByTestId('signature-grid');
    await expect.poll(() => grid.innerText(), { timeout: 10_000 }).toContain('Lê Văn Cường');
    // No committee signature block of its own beside or above the grid: the host signs in the grid.
    expect(await sheet.locator('.nd30-signature').count()).toBe(0);
    // Every signer's name on the sheet is a party's, in the grid (the host's too, once).
    expect(await sheet.locator('.nd30-signer-name').count()).toBe(await grid.locator('.nd30-signer-name').count());
    // Nơi nhận comes after the last signatures, as in the Word file.
    const gridBottom = (await grid.boundingBox())?.y ?? Number.NaN;
    const recipientsTop = (await sheet.locator('.nd30-recipients').boundingBox())?.y ?? Number.NaN;
    expect(recipientsTop).toBeGreaterThan(gridBottom);
    const word = textOf(readDocx((await services.exports.word(ids.pledge)).bytes).document);
    expect(word.indexOf('Nơi nhận')).toBeGreaterThan(word.lastIndexOf('Lê Văn Cường'));
  });

  it('Kính gửi typed in the form is drawn as it prints, and the template\'s year follows the date (nd30-rules §16, §8.5)', async () => {
    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]').click();
    const body = page.locator('.ProseMirror').first();
    await body.waitFor();
    const thisYear = new Date().getFullYear();
    const target = thisYear - 2;
    await expect.poll(() => body.innerText()).toContain(`Chương trình công tác năm ${thisYear}`);
    if (!(await page.locator('#frame-addressees').isVisible())) {
      if (!(await page.locator('.side-panel').isVisible())) await page.getByRole('button', { name: /Thông tin văn bản|Bảng bên/u }).first().click();
      await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    }
    await page.locator('#frame-addressees').fill('- Thường trực Đảng ủy phường;\nỦy ban nhân dân phường');
    const sheet = page.getByTestId('sheet');
    await expect.poll(() => sheet.locator('.nd30-addressees').innerText()).toMatch(/Kính gửi\s*:\s*- Thường trực Đảng ủy phường;\s*- Ủy ban nhân dân phường\./u);
    await page.locator('#frame-date').fill(`31/01/${target}`);
    await expect.poll(() => body.innerText()).toContain(`Chương trình công tác năm ${target}, ngày …/…/${target}`);
    expect(await body.innerText()).not.toContain(String(thisYear));
    // One undo step takes the year back in the body.
    await body.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).toContain(`Chương trình công tác năm ${thisYear}`);
  });
});
