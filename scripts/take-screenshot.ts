/**
 * Takes docs/screenshot.png: the real app through the web harness, 1440×900, with a filled sample
 * report (frame and body). Run after `npx electron-vite build`: `npx tsx scripts/take-screenshot.ts [out.png]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BodyNode } from '../src/shared/document/body';
import { createServices } from '../src/main/services/services';
import { launchChromium } from '../tests/support/chromium';
import { startHarness } from '../src/main/web/server';
import { SAMPLE_PROFILE } from '../tests/support/sample-profile';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'screenshot.png'));

const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (level: number, text: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-shot-'));
  const services = createServices(path.join(tmp, 'thuky.db'));
  // A sample organisation, as the first run would save it (the app has none built in).
  services.profile.save({ ...SAMPLE_PROFILE, signer: { ...SAMPLE_PROFILE.signer, name: 'Nguyễn Văn An' } });

  const article = services.documents.create('tin-bai-hoi-nghi');
  services.documents.save(article.id, { ...article, title: 'Phường Thanh Xuân phát động thi đua năm 2024' });
  services.documents.create('giao-uoc-thi-dua');
  const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
  services.documents.save(report.id, {
    title: 'Báo cáo kết quả Hội nghị phát động thi đua năm 2024',
    portal: report.portal,
    frame: {
      ...report.frame,
      number: '12',
      date: '2024-01-31',
      summary: 'Kết quả Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024',
      signer: { ...report.frame.signer, name: 'Nguyễn Văn An' },
    },
    body: {
      type: 'doc',
      content: [
        p('Thực hiện Chương trình công tác năm 2024, ngày 30/01/2024, Ban Thường trực Ủy ban MTTQ Việt Nam phường Thanh Xuân tổ chức Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024. Ban Thường trực báo cáo kết quả như sau:'),
        h(2, 'I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ'),
        h(3, '1. Thành phần tham dự'),
        p('Dự Hội nghị có đồng chí Trần Thị Thu Hà - Phó Bí thư Thường trực Đảng ủy phường; các đồng chí trong Ban Thường trực Ủy ban MTTQ Việt Nam phường; Trưởng các tổ chức thành viên và Trưởng Ban Công tác Mặt trận 24 khu dân cư.'),
        h(3, '2. Nội dung Hội nghị'),
        h(4, 'a) Phát động thi đua năm 2024 trong hệ thống Mặt trận Tổ quốc và các tổ chức thành viên từ phường đến khu dân cư.'),
        h(4, 'b) Ký kết chương trình phối hợp công tác giữa Ủy ban MTTQ Việt Nam phường với các tổ chức thành viên.'),
        h(2, 'II. ĐÁNH GIÁ CHUNG'),
        p('Hội nghị được tổ chức trang trọng, đúng thành phần, đạt mục đích, yêu cầu đề ra./.'),
      ],
    },
  });

  const harness = await startHarness({ services, rendererDir: path.join(root, 'out', 'renderer'), version: 'screenshot' });
  const context = await launchChromium(path.join(tmp, 'profile'), { args: ['--font-render-hinting=none'] });

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(harness.url);
    await page.getByText('Báo cáo kết quả Hội nghị phát động thi đua năm 2024').first().click();
    await page.locator('[data-testid="sheet"]').waitFor();
    // Put the caret in the body, as while writing, and let the status settle.
    await page.locator('[data-testid="body-editor"] h3').first().click();
    await page.keyboard.press('End');
    await page.waitForTimeout(400);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    process.stdout.write(`${out}\n`);
  } finally {
    await context.close();
    await harness.close();
    services.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
