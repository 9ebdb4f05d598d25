/** The store's routes end to end through dispatch: what the renderer's history panel, search box and backup buttons call. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import type { Document } from '../../shared/document/document';

const routes = useRouteHarness();
const call = routes.call;

describe('store routes', () => {
  it('Ctrl+S (explicit) keeps a revision; history lists, shows and restores it', async () => {
    const doc = (await call('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi', title: 'Báo cáo Thanh Xuân' })) as Document;
    const content = { title: 'Báo cáo đã sửa', frame: doc.frame, body: doc.body, portal: doc.portal };
    await call('documents.save', { id: doc.id, content, explicit: true });
    const history = (await call('revisions.list', { id: doc.id })) as { revisionId: number; reason: string; title: string }[];
    expect(history.map((r) => [r.reason, r.title])).toEqual([
      ['save', 'Báo cáo đã sửa'],
      ['create', 'Báo cáo Thanh Xuân'],
    ]);
    const created = history[1]!;
    const detail = (await call('revisions.get', { revisionId: created.revisionId })) as { content: { title: string } };
    expect(detail.content.title).toBe('Báo cáo Thanh Xuân');
    await call('revisions.restore', { id: doc.id, revisionId: created.revisionId });
    expect(((await call('documents.get', { id: doc.id })) as Document).title).toBe('Báo cáo Thanh Xuân');
    const snap = (await call('revisions.snapshot', { id: doc.id })) as { reason: string };
    expect(snap.reason).toBe('export');
    await call('export.docx', { id: doc.id });
    const reasons = ((await call('revisions.list', { id: doc.id })) as { reason: string }[]).map((r) => r.reason);
    expect(reasons.slice(0, 3)).toEqual(['export', 'export', 'restore']);
    const hits = (await call('search.query', { query: 'thanh xuan' })) as { id: string }[];
    expect(hits.map((hit) => hit.id)).toEqual([doc.id]);
  });

  it('backup buttons: now, list, folder and restore', async () => {
    const made = (await call('backup.now', {})) as { file: string; name: string; tag: string };
    expect(made.tag).toBe('thu-cong');
    expect((await call('backup.list', {})) as unknown[]).toHaveLength(1);
    const folder = (await call('backup.folder', {})) as { path: string };
    expect(fs.readdirSync(folder.path)).toHaveLength(1);
    const restored = (await call('backup.restore', { name: made.name })) as { restoredFrom: string; safetyBackup: { tag: string } };
    expect(restored.restoredFrom).toBe(made.file);
    expect(restored.safetyBackup.tag).toBe('truoc-khoi-phuc');
  });

  it('backup.restore takes only a name that backup.list gave: paths and other files are refused', async () => {
    const made = (await call('backup.now', {})) as { file: string; name: string };
    // A real, valid thuky database outside the backups folder: still refused, by path or by "..".
    const outside = path.join(path.dirname(path.dirname(made.file)), 'ngoai.db');
    fs.copyFileSync(made.file, outside);
    for (const name of [outside, made.file, '../ngoai.db', `..${path.sep}ngoai.db`, 'ngoai.db', 'thuky-20260101T000000000Z-thu-cong.db']) {
      const refused = await routes.raw('backup.restore', { name });
      expect(refused.ok ? null : refused.error.message, name).toMatch(/^Không có bản sao lưu «.*» trong thư mục sao lưu/);
    }
    const old = await routes.raw('backup.restore', { file: made.file });
    expect(old.ok ? null : old.error.code).toBe('invalid_input');
  });
});
