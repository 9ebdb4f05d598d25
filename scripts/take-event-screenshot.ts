/**
 * Takes docs/event-workspace.png: the event workspace of the real app through the web harness,
 * 1440×900, with the seed conference (tests/fixtures/seed-conference.event.json) entered, its six
 * documents made, the report marked checked, and "Xuất tất cả" done (with the PDF converter this
 * machine has). Run after `npx electron-vite build`: `npx tsx scripts/take-event-screenshot.ts [out.png]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEventFile } from '../src/main/import/event-file';
import { openAppInBrowser } from '../tests/support/app-in-browser';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'event-workspace.png'));

async function main(): Promise<void> {
  const app = await openAppInBrowser('thuky-shot-', path.join(root, 'out', 'renderer'), {
    version: 'screenshot',
    exportFolder: 'Văn bản hội nghị',
    launch: { args: ['--font-render-hinting=none'] },
  });
  const { services, harness, context } = app;
  const profile = services.profile.get();
  services.profile.save({ ...profile, signer: { ...profile.signer, name: 'Nguyễn Thị Thu' } });
  const { id } = services.events.create(readEventFile(path.join(root, 'tests', 'fixtures', 'seed-conference.event.json'), (mime, bytes) => services.images.put(mime, bytes)));
  const documents = services.events.generate(id);
  services.events.setChecked(documents[0]!.id, true);

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    await page.getByRole('button', { name: 'Xuất tất cả' }).click();
    await page.locator('.event-export-done').waitFor({ timeout: 600_000 });
    await page.getByRole('tab', { name: /^Các bên giao ước/ }).click();
    await page.locator('#event-title').click();
    await page.keyboard.press('End');
    await page.waitForTimeout(400);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    process.stdout.write(`${out}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
