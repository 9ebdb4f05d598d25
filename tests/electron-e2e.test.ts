/**
 * The real desktop app end to end, as a clerk uses it: open, create a report from a template, type
 * Vietnamese, save, quit, reopen, find it, export Word. Runs in the release workflow against the
 * packaged app (THUKY_ELECTRON_APP; ubuntu under xvfb, and Windows); skips here with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { runThuky } from './support/cli-runner';
import { electronSkipReason as reason, launchApp } from './support/electron-app';
import { makeTempDir } from './support/temp-dir';

if (reason) console.log(`[electron-e2e] skipped: ${reason}`);

const SUMMARY = 'Kết quả Hội nghị phát động thi đua năm 2024';
const BODY = 'Ủy ban MTTQ Việt Nam phường Thanh Xuân tổng kết công tác năm — đoàn kết, đổi mới';

const tmp = makeTempDir('thuky-electron-e2e-');
const db = path.join(tmp.dir, 'thuky.db');
afterAll(() => tmp.cleanup());

function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 200 });
}

async function open(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await launchApp(tmp.dir);
  const page = await app.firstWindow();
  page.setDefaultTimeout(20_000);
  await page.waitForSelector('text=Tạo mới');
  return { app, page };
}

/** A fresh store asks for Thông tin cơ quan first (tests/first-run.test.ts has the whole dialog). */
async function completeFirstRun(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Thông tin cơ quan' });
  await dialog.waitFor();
  await page.locator('#first-unitKind').selectOption('phường');
  await page.locator('#first-unitName').fill('Thanh Xuân');
  await page.locator('#first-province').fill('thành phố Hà Nội');
  await page.locator('#first-signerName').fill('Nguyễn Văn An');
  await dialog.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe.skipIf(reason !== '')('the desktop app, end to end', { timeout: 180_000 }, () => {
  it('creates a report from a template, keeps Vietnamese text across a restart, and exports Word', async () => {
    let { app, page } = await open();
    try {
      await completeFirstRun(page);
      await page.getByRole('button', { name: 'Tạo mới' }).first().click();
      await page.locator('[data-template-id="bao-cao-ket-qua-hoi-nghi"]').click();
      await page.locator('[data-testid="sheet"]').waitFor();
      await page.locator('#frame-summary').fill('');
      await page.locator('#frame-summary').pressSequentially(SUMMARY);
      await page.locator('[data-testid="body-editor"]').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(BODY);
      await page.keyboard.press('Control+s');
      await poll(() => page.getByTestId('save-status').innerText()).toMatch(/^Đã lưu lúc \d\d:\d\d$/);

      // The app holds the one lock: a writing CLI command is refused, a reader runs beside.
      const refused = runThuky(['new', '--template', 'tin-bai-hoi-nghi', '--db', db]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('đang được ứng dụng Thư ký mở để ghi');
      const listed = JSON.parse(runThuky(['list', '--json', '--db', db]).stdout) as { title: string }[];
      expect(listed).toHaveLength(1);
    } finally {
      await app.close();
    }
    expect(fs.existsSync(`${db}.lock`)).toBe(false);

    ({ app, page } = await open());
    try {
      await page.locator('.doc-item', { hasText: 'Báo cáo' }).first().click();
      await page.locator('[data-testid="sheet"]').waitFor();
      await poll(() => page.locator('#frame-summary').inputValue()).toBe(SUMMARY);
      expect(await page.locator('[data-testid="body-editor"]').innerText()).toContain(BODY);

      // "Xuất Word": the save dialog answers with a file in the test folder.
      const out = path.join(tmp.dir, 'bao-cao.docx');
      await app.evaluate(({ dialog }, file) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      }, out);
      await page.getByRole('button', { name: 'Xuất Word' }).first().click();
      await poll(() => fs.existsSync(out)).toBe(true);
      const xml = strFromU8(unzipSync(fs.readFileSync(out))['word/document.xml']!);
      expect(xml).toContain('Thanh Xuân');
      expect(xml).toContain('phát động thi đua');
    } finally {
      await app.close();
    }
  });
});
