/**
 * A stored body the editor could not open used to show as an empty page, and the next autosave wrote
 * that empty page over the draft. Here a body with empty text nodes and empty table cells is written
 * straight into the SQLite file (as an older build could have stored it): the page shows its words,
 * and typing saves them with the edit. Needs the built renderer (`npx electron-vite build`).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppInBrowser, type AppInBrowser } from './support/app-in-browser';
import { chromiumSkipReason } from './support/chromium';

const skipReason = chromiumSkipReason();
if (skipReason) console.log(`[e2e-unreadable-body] skipped: ${skipReason}`);

const BROKEN_BODY = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '' }, { type: 'text', text: 'Đoạn đầu còn nguyên.' }] },
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ô có chữ' }] }] }] }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn cuối còn nguyên.' }] },
  ],
};

describe.skipIf(skipReason !== '')('a stored body the editor would refuse opens with its words and is never overwritten empty', () => {
  let app: AppInBrowser;
  let id = '';

  beforeAll(async () => {
    app = await openAppInBrowser('thuky-e2e-unreadable-');
    id = app.services.documents.create('tin-bai-hoi-nghi', 'Tin có ô trống').id;
    const db = new Database(path.join(app.dir, 'thuky.db'));
    db.prepare('UPDATE documents SET body = ? WHERE id = ?').run(JSON.stringify(BROKEN_BODY), id);
    db.close();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the words, and an edit saves them with it', async () => {
    const { page, harness, services } = app;
    await page.goto(harness.url);
    await page.locator('nav.sidebar .doc-item', { hasText: 'Tin có ô trống' }).click();
    const editor = page.locator('[data-testid="body-editor"]');
    await expect.poll(() => editor.innerText()).toContain('Đoạn cuối còn nguyên.');
    await editor.getByText('Đoạn cuối còn nguyên.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thêm chữ.');
    await expect
      .poll(() => JSON.stringify(services.documents.get(id).body), { timeout: 10_000 })
      .toContain('Thêm chữ.');
    const saved = JSON.stringify(services.documents.get(id).body);
    expect(saved).toContain('Đoạn đầu còn nguyên.');
    expect(saved).toContain('Ô có chữ');
    expect(saved).not.toContain('"text":""');
  });
});
