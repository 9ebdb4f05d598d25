/**
 * The article's photos in the event form, Chromium through the web harness: an event that came
 * from a file with a photo keeps it when the clerk fixes a fact; the clerk adds pictures (stored
 * through images.put, as the editor's "Chèn ảnh"), is told which one lacks its caption, captions,
 * reorders and removes them, saves, and "Tạo văn bản" makes the article with them. Needs the built
 * renderer (`npx electron-vite build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../src/main/services/services';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';
import { seedEventInput } from './support/event-fixtures';
import { makePng } from './support/png-image';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[event-photos-ui] skipped: ${skipReason}`);

const FROM_FILE = makePng(64, 48, 1);
const HALL = makePng(80, 40, 2);
const SIGNING = makePng(50, 50, 3);

describe.skipIf(skipReason !== '')('event photos in the form, in Chromium', { timeout: 120_000 }, () => {
  let app: AppInBrowser;
  let services: Services;
  let page: Page;
  let eventId: string;
  let fileImage: string;

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-event-photos-');
    ({ services, page } = app);
    // As `thuky event new hoi-nghi.json` leaves it: one photo from the file.
    fileImage = services.images.put('image/png', FROM_FILE).id;
    eventId = services.events.create({ ...seedEventInput(), photos: [{ imageId: fileImage, caption: 'Quang cảnh Hội nghị' }] }).id;
    await page.goto(app.harness.url);
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.locator('#event-venue').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  const stored = () => services.events.get(eventId).photos;
  const caption = (n: number) => page.getByRole('textbox', { name: `Chú thích ảnh ${n}`, exact: true });

  it('shows the file’s photo, and fixing a fact keeps it', async () => {
    await expect.poll(() => caption(1).inputValue()).toBe('Quang cảnh Hội nghị');
    await expect.poll(() => page.locator('.event-photo img').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await page.locator('#event-venue').fill('Nhà văn hóa tổ dân phố số 5');
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    // No document made yet: nothing followed, and the form does not say "0 văn bản nháp đã sửa theo".
    expect(await page.locator('.event-status').innerText()).toBe('Đã lưu.');
    expect(services.events.get(eventId).venue).toBe('Nhà văn hóa tổ dân phố số 5');
    expect(stored()).toEqual([{ imageId: fileImage, caption: 'Quang cảnh Hội nghị' }]);
  });

  it('adds pictures through the image store and names the one without a caption, saving nothing', async () => {
    await page.locator('.event-photos input[type="file"]').setInputFiles([
      { name: 'hoi-truong.png', mimeType: 'image/png', buffer: HALL },
      { name: 'ky-ket.png', mimeType: 'image/png', buffer: SIGNING },
    ]);
    await caption(3).waitFor();
    // The first new photo's caption takes the caret.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('event-photo-caption-1');
    await page.keyboard.type('Đồng chí Chủ tịch phát biểu');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ảnh 3: thiếu chú thích' }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('event-photo-caption-2');
    expect(stored()).toHaveLength(1);
  });

  it('captions, reorders and removes; Lưu stores them in that order', async () => {
    await page.keyboard.type('Các đơn vị ký kết giao ước thi đua');
    // The signing first, the file's photo gone.
    await page.getByRole('button', { name: 'Đưa ảnh 3 lên trước' }).click();
    await page.getByRole('button', { name: 'Bỏ ảnh 1' }).click();
    expect(await caption(1).inputValue()).toBe('Các đơn vị ký kết giao ước thi đua');
    expect(await caption(2).inputValue()).toBe('Đồng chí Chủ tịch phát biểu');
    expect(await caption(3).count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu ảnh.' }).waitFor();
    const photos = stored();
    expect(photos.map((photo) => photo.caption)).toEqual(['Các đơn vị ký kết giao ước thi đua', 'Đồng chí Chủ tịch phát biểu']);
    expect(Buffer.compare(services.images.get(photos[0]!.imageId).bytes, SIGNING)).toBe(0);
    expect(Buffer.compare(services.images.get(photos[1]!.imageId).bytes, HALL)).toBe(0);
    // Saved: nothing left unsaved.
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isDisabled()).toBe(true);
  });

  it('“Tạo văn bản” makes the article with the photos and their captions, in order', async () => {
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    const article = services.events.view(eventId).documents.find((doc) => doc.kind === 'article')!;
    const figures = services.documents.get(article.id).body.content.filter((node) => node.type === 'figure');
    const photos = stored();
    expect(figures.map((node) => node.attrs?.imageId)).toEqual(photos.map((photo) => photo.imageId));
    expect(figures.map((node) => node.content?.map((piece) => piece.text).join(''))).toEqual(photos.map((photo) => photo.caption));
    expect(figures[0]!.attrs).toMatchObject({ widthPx: 50, heightPx: 50 });
  });

  it('“Tạo văn bản” first saves what the form still holds: a photo added and a venue fixed without Lưu are in the documents', async () => {
    const otherId = services.events.create({ ...seedEventInput(), title: 'Hội nghị điển hình tiên tiến' }).id;
    await page.reload();
    await page.getByRole('button', { name: 'Hội nghị / sự kiện' }).click();
    await page.getByRole('button', { name: /^Hội nghị điển hình tiên tiến/ }).click();
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('Hội nghị điển hình tiên tiến');
    const photos = () => services.events.get(otherId).photos;
    const generate = page.getByRole('button', { name: 'Tạo văn bản' });
    await page.locator('.event-photos input[type="file"]').setInputFiles([{ name: 'quang-canh.png', mimeType: 'image/png', buffer: HALL }]);
    await caption(1).waitFor();
    // A caption missing: nothing is saved nor made, and the form says which.
    await generate.click();
    await page.getByRole('status').filter({ hasText: 'Ảnh 1: thiếu chú thích' }).waitFor();
    expect(services.events.view(otherId).documents).toHaveLength(0);
    await caption(1).fill('Quang cảnh Hội nghị');
    await page.locator('#event-venue').fill('Hội trường tổ dân phố số 7');
    await generate.click();
    await page.locator('.event-docs tbody tr').nth(5).waitFor();
    expect(photos().map((photo) => photo.caption)).toEqual(['Quang cảnh Hội nghị']);
    expect(services.events.get(otherId).venue).toBe('Hội trường tổ dân phố số 7');
    const view = services.events.view(otherId);
    const article = view.documents.find((doc) => doc.kind === 'article')!;
    const figures = services.documents.get(article.id).body.content.filter((node) => node.type === 'figure');
    expect(figures.map((node) => node.attrs?.imageId)).toEqual(photos().map((photo) => photo.imageId));
    const report = view.documents.find((doc) => doc.kind === 'report')!;
    expect(JSON.stringify(services.documents.get(report.id).body)).toContain('Hội trường tổ dân phố số 7');
    // The form says it saved, not "khi bấm «Tạo văn bản»" about what was just made.
    expect(await page.locator('.event-status').innerText()).toMatch(/^Đã lưu\. .*Đã lưu ảnh\.$/u);
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isDisabled()).toBe(true);
  });

  it('a file named .png that is no picture is refused by name, the others still come in', async () => {
    const before = await page.locator('.event-photo').count();
    await page.locator('.event-photos input[type="file"]').setInputFiles([
      { name: 'bien-ban.png', mimeType: 'image/png', buffer: Buffer.from('Biên bản hội nghị, không phải ảnh') },
      { name: 'ky-ket.png', mimeType: 'image/png', buffer: SIGNING },
    ]);
    await page.getByRole('status').filter({ hasText: 'bien-ban.png: Tệp không phải ảnh PNG, JPEG, GIF hay WebP (tệp hỏng hoặc bị đổi đuôi)' }).waitFor();
    await caption(before + 1).waitFor();
    expect(await page.locator('.event-photo').count()).toBe(before + 1);
    // Not the app's error banner, which names the route.
    expect(await page.getByText('Tại: images.put').count()).toBe(0);
  });

  it('↑ ↓ and Bỏ from the keyboard keep the caret on the photo being moved, then on the next caption', async () => {
    const focused = () => page.evaluate<string>("document.activeElement ? document.activeElement.getAttribute('aria-label') || document.activeElement.id : ''");
    const captions = async () => Promise.all([0, 1].map((at) => page.locator(`#event-photo-caption-${at}`).inputValue()));
    await caption(2).fill('Các đơn vị ký kết');
    await page.getByRole('button', { name: 'Đưa ảnh 2 lên trước' }).focus();
    await page.keyboard.press('Enter');
    expect(await captions()).toEqual(['Các đơn vị ký kết', 'Quang cảnh Hội nghị']);
    // At the top its ↑ is disabled: the caret is on its ↓, and Enter takes it back down.
    await expect.poll(focused).toBe('Đưa ảnh 1 xuống sau');
    await page.keyboard.press('Enter');
    expect(await captions()).toEqual(['Quang cảnh Hội nghị', 'Các đơn vị ký kết']);
    await expect.poll(focused).toBe('Đưa ảnh 2 lên trước');
    await page.getByRole('button', { name: 'Bỏ ảnh 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Chú thích ảnh 1');
    expect(await caption(1).inputValue()).toBe('Các đơn vị ký kết');
  });

  it('going to another event saves what the form holds first, or stays and says why', async () => {
    const shownId = services.events.list().find((item) => item.title === 'Hội nghị điển hình tiên tiến')!.id;
    const otherEvent = page.locator('.event-item:not(.is-open)').first();
    await caption(1).fill('');
    await otherEvent.click();
    await page.getByRole('status').filter({ hasText: 'Ảnh 1: thiếu chú thích' }).waitFor();
    expect(await page.locator('#event-title').inputValue()).toBe('Hội nghị điển hình tiên tiến');
    await caption(1).fill('Các đơn vị ký kết');
    await page.locator('#event-venue').fill('Nhà văn hóa khu dân cư số 3');
    await otherEvent.click();
    await expect.poll(() => page.locator('#event-title').inputValue()).not.toBe('Hội nghị điển hình tiên tiến');
    const saved = services.events.get(shownId);
    expect(saved.venue).toBe('Nhà văn hóa khu dân cư số 3');
    expect(saved.photos.map((photo) => photo.caption)).toEqual(['Các đơn vị ký kết']);
  });

  it('a WebP photo is stored as JPEG (PNG when it has transparent pixels): Word cannot embed WebP', async () => {
    // Made by this Chromium's own encoder: an opaque photo and a half-transparent logo.
    const webp = async (alpha: number) =>
      Buffer.from(
        await page.evaluate<string>(
          `(async () => { const canvas = new OffscreenCanvas(40, 30); const context = canvas.getContext('2d'); context.fillStyle = 'rgba(200, 30, 30, ${alpha})'; context.fillRect(0, 0, 40, 30); const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 })).arrayBuffer()); let binary = ''; for (const byte of bytes) binary += String.fromCharCode(byte); return btoa(binary); })()`,
        ),
        'base64',
      );
    const [photo, logo] = [await webp(1), await webp(0.5)];
    expect([photo.subarray(8, 12).toString('latin1'), logo.subarray(8, 12).toString('latin1')]).toEqual(['WEBP', 'WEBP']);
    const shownTitle = await page.locator('#event-title').inputValue();
    const shownId = services.events.list().find((item) => item.title === shownTitle)!.id;
    const before = services.events.get(shownId).photos.length;
    expect(await page.locator('.event-photo').count()).toBe(before);
    await page.locator('.event-photos input[type="file"]').setInputFiles([
      { name: 'zalo-quang-canh.webp', mimeType: 'image/webp', buffer: photo },
      { name: 'bieu-trung.webp', mimeType: 'image/webp', buffer: logo },
    ]);
    await caption(before + 2).waitFor();
    await caption(before + 1).fill('Quang cảnh Hội nghị');
    await caption(before + 2).fill('Biểu trưng');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => services.events.get(shownId).photos.length).toBe(before + 2);
    const images = services.events.get(shownId).photos.slice(-2).map((stored) => services.images.get(stored.imageId));
    expect(images.map((image) => image.mime)).toEqual(['image/jpeg', 'image/png']);
    expect([...images[0]!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(await page.locator('.event-photo img').nth(before).getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('leaving through the app’s sidebar saves the form first, or stays and says why', async () => {
    const shownTitle = await page.locator('#event-title').inputValue();
    const shownId = services.events.list().find((item) => item.title === shownTitle)!.id;
    const firstDocument = page.locator('.doc-item').first();
    const last = services.events.get(shownId).photos.length;
    await caption(last).fill('');
    await firstDocument.click();
    await page.getByRole('status').filter({ hasText: `Ảnh ${last}: thiếu chú thích` }).waitFor();
    expect(await page.locator('#event-title').inputValue()).toBe(shownTitle);
    await caption(last).fill('Biểu trưng của Ủy ban');
    await page.locator('#event-chair-title').fill('Phó Chủ tịch Ủy ban MTTQ Việt Nam phường');
    await firstDocument.click();
    await page.locator('[data-testid="sheet"], .att-grid, .pledge-editor').first().waitFor();
    const saved = services.events.get(shownId);
    expect(saved.chair.title).toBe('Phó Chủ tịch Ủy ban MTTQ Việt Nam phường');
    expect(saved.photos.at(-1)?.caption).toBe('Biểu trưng của Ủy ban');
  });
});
