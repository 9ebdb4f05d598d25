import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { createServices, type Services } from '../services/services';
import { listLiveDocuments } from './document-summaries';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './open';

let tmp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeEach(() => {
  tmp = makeTempDir();
  let time = Date.UTC(2024, 0, 1);
  services = createServices(path.join(tmp.dir, 'thuky.db'), { clock: { now: () => new Date((time += 1000)) } });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('listLiveDocuments', () => {
  it('reads the list from the covering index alone, never the table rows and their bodies', () => {
    const plan = services.db
      .prepare('EXPLAIN QUERY PLAN SELECT id, kind, title, created_at, updated_at FROM documents WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(['SCAN documents USING COVERING INDEX documents_live_list']);
  });

  it('lists live documents newest change first, without the deleted ones', () => {
    const first = services.documents.importDocument(sampleDocument('Báo cáo thứ nhất', ['Đoạn một.']));
    const second = services.documents.importDocument(sampleDocument('Tin bài thứ hai', ['Đoạn hai.']));
    const gone = services.documents.importDocument(sampleDocument('Văn bản đã xóa', ['Đoạn ba.']));
    services.documents.delete(gone.id);
    services.documents.save(first.id, { title: 'Báo cáo thứ nhất (sửa)', frame: first.frame, portal: first.portal, body: first.body });
    const list = listLiveDocuments(services.db);
    expect(list.map((doc) => doc.title)).toEqual(['Báo cáo thứ nhất (sửa)', 'Tin bài thứ hai']);
    expect(list[1]).toEqual({ id: second.id, kind: second.kind, title: second.title, createdAt: second.createdAt, updatedAt: second.updatedAt });
    expect(services.documents.list()).toEqual(list);
  });

  it('migration 6 replaces the old list index on an existing database, documents kept', () => {
    const file = path.join(tmp.dir, 'old.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
    old.prepare("INSERT INTO documents (id, kind, title, frame, body, portal, created_at, updated_at) VALUES ('d1', 'report', 'Cũ', '{}', '{}', '{}', '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z')").run();
    old.close();
    const db = openDatabase(file, { backupBeforeMigration: false });
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'").all() as { name: string }[]).map((row) => row.name);
    expect(indexes).toContain('documents_live_list');
    expect(indexes).not.toContain('documents_live_by_update');
    expect(listLiveDocuments(db).map((doc) => doc.id)).toEqual(['d1']);
    db.close();
  });
});
