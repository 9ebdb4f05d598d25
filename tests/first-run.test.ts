/**
 * First run (issue 11), in Chromium through the web harness on a store without Thông tin cơ quan:
 * the app asks for the organisation (cấp in the 2025 two-level administration, tên, địa danh, người
 * ký) before the first document, names what is missing, and the first document carries exactly that
 * organisation — no ward is built into the app. Needs the built renderer: out/renderer
 * (`npx electron-vite build`), or THUKY_RENDERER_DIR. THUKY_SCREENSHOTS=1 writes docs/first-run.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { BUILT_RENDERER_DIR, openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[first-run] skipped: ${skipReason}`);
const shoot = process.env['THUKY_SCREENSHOTS'] === '1';

describe.skipIf(skipReason !== '')('first run in Chromium', () => {
  let app: AppInBrowser;
  let page: Page;
  let services: Services;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-first-', rendererDir, { firstRun: true });
    ({ page, services } = app);
    await page.goto(app.harness.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks for Thông tin cơ quan before anything, and names what is missing', async () => {
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    expect(services.profile.isSet()).toBe(false);
    // Esc does not send it away: there is no ward to fall back on.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Hãy ghi tên phường, xã, đặc khu');
    expect(await alert.innerText()).toContain('Hãy ghi tỉnh, thành phố');
    expect(services.profile.isSet()).toBe(false);
    // The province's own committee needs no "thuộc tỉnh" line.
    await page.locator('#first-unitKind').selectOption('thành phố');
    expect(await page.locator('#first-province').count()).toBe(0);
    await page.locator('#first-unitKind').selectOption('phường');
    expect(await page.locator('#first-province').count()).toBe(1);
    // The signing authorities the profile supports, not only the default one.
    expect(await page.locator('#first-authority option').allInnerTexts()).toEqual(['(không)', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']);
  });

  it('saves the organisation and the first document carries it', async () => {
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await page.locator('#first-unitName').fill('Khương Đình');
    await page.locator('#first-province').fill('thành phố Hà Nội');
    expect(await page.getByTestId('first-run-org').innerText()).toBe('Ủy ban MTTQ Việt Nam phường Khương Đình');
    expect(await page.locator('#first-place').inputValue()).toBe('Khương Đình');
    // A deputy signing in the chair's place: KT. brings its usual lines.
    await page.locator('#first-authority').selectOption('KT.');
    expect(await page.locator('#first-authorityOf').inputValue()).toBe('CHỦ TỊCH');
    expect(await page.locator('#first-signerTitle').inputValue()).toBe('PHÓ CHỦ TỊCH');
    await page.locator('#first-signerName').fill('Nguyễn Văn An');
    if (shoot) await page.screenshot({ path: path.resolve(__dirname, '../docs/first-run.png') });
    await dialog.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
    await dialog.waitFor({ state: 'detached' });

    const profile = services.profile.get();
    expect(services.profile.isSet()).toBe(true);
    expect(profile).toMatchObject({
      orgName: 'Ủy ban MTTQ Việt Nam phường Khương Đình',
      parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG KHƯƠNG ĐÌNH'],
      place: 'Khương Đình',
      organisation: { unitKind: 'phường', unitName: 'Khương Đình', province: 'thành phố Hà Nội' },
    });
    expect(profile.signer).toEqual({ authority: 'KT.', authorityOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });

    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]').click();
    const sheet = page.getByTestId('sheet');
    await sheet.waitFor();
    const text = await sheet.innerText();
    expect(text).toContain('PHƯỜNG KHƯƠNG ĐÌNH');
    expect(text).toMatch(/Khương Đình, ngày/u);
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).not.toMatch(/Thanh Xuân/iu);

    // Asked once: a reload goes straight to the work.
    await page.reload();
    await sheet.waitFor();
    expect(await page.getByRole('dialog', { name: 'Thông tin cơ quan' }).count()).toBe(0);
  });

  it('edits the level and the place later in Thông tin cơ quan, naming a missing field in Vietnamese', async () => {
    await page.getByRole('button', { name: 'Thông tin cơ quan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
    await dialog.waitFor();
    expect(await page.locator('#profile-organisation\\.unitKind').inputValue()).toBe('phường');
    await page.locator('#profile-organisation\\.unitKind').selectOption('xã');
    await page.locator('#profile-organisation\\.unitName').fill('Ba Vì');
    // The name, header and địa danh that still read the old organisation follow.
    expect(await page.locator('#profile-place').inputValue()).toBe('Ba Vì');
    expect(await page.locator('#profile-orgName').inputValue()).toBe('Ủy ban MTTQ Việt Nam xã Ba Vì');
    await page.locator('#profile-organisation\\.province').fill('');
    await page.locator('#profile-place').fill('');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Thuộc tỉnh, thành phố: Hãy ghi tỉnh, thành phố mà phường, xã, đặc khu trực thuộc');
    expect(await alert.innerText()).toContain('Địa danh: Hãy ghi địa danh');
    expect(services.profile.get().organisation?.unitKind).toBe('phường');

    await page.locator('#profile-organisation\\.province').fill('thành phố Hà Nội');
    await page.locator('#profile-place').fill('Ba Vì');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(services.profile.get()).toMatchObject({
      orgName: 'Ủy ban MTTQ Việt Nam xã Ba Vì',
      parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ BA VÌ'],
      place: 'Ba Vì',
      organisation: { unitKind: 'xã', unitName: 'Ba Vì', province: 'thành phố Hà Nội' },
    });

    await page.getByRole('button', { name: 'Tạo mới' }).first().click();
    await page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]').click();
    await expect.poll(() => page.getByTestId('sheet').innerText()).toMatch(/Ba Vì, ngày/u);
    expect(await page.getByTestId('sheet').innerText()).toContain('XÃ BA VÌ');
  });
});
