import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { paragraph } from '../../shared/document/body';
import type { Document } from '../../shared/document/document';
import { revisionsToPrune } from './revision-pruning';
import { createServices, type Services } from './services';

let tmp: ReturnType<typeof makeTempDir>;
let services: Services;
let nowMs: number;
beforeEach(() => {
  tmp = makeTempDir();
  nowMs = Date.parse('2026-11-27T02:00:00.000Z');
  services = createServices(path.join(tmp.dir, 'thuky.db'), { clock: { now: () => new Date(nowMs) } });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const withText = (doc: Document, text: string) => ({ title: doc.title, frame: doc.frame, portal: doc.portal, body: { type: 'doc' as const, content: [paragraph(text)] } });
const minutes = (n: number) => (nowMs += n * 60_000);

describe('revisions', () => {
  it('keeps one on import, on every explicit save and at most one per 5 minutes of autosave', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['bản đầu']));
    services.documents.save(doc.id, withText(doc, 'gõ 1'));
    minutes(2);
    services.documents.save(doc.id, withText(doc, 'gõ 2'));
    expect(services.revisions.list(doc.id).map((r) => r.reason)).toEqual(['import']);
    minutes(3);
    services.documents.save(doc.id, withText(doc, 'gõ 3'));
    minutes(1);
    services.documents.save(doc.id, withText(doc, 'gõ 4'), { explicit: true });
    services.documents.save(doc.id, withText(doc, 'gõ 5'), { explicit: true });
    const list = services.revisions.list(doc.id);
    expect(list.map((r) => r.reason)).toEqual(['save', 'save', 'autosave', 'import']);
    expect(list.map((r) => r.preview)).toEqual(['gõ 5', 'gõ 4', 'gõ 3', 'bản đầu']);
    expect(list[0]?.sizeBytes).toBeGreaterThan(50);
    expect(list[0]!.createdAt > list[1]!.createdAt).toBe(true);
  });

  it('snapshots on export and returns full content', () => {
    const doc = services.documents.importDocument(sampleDocument('Tin bài', ['nội dung xuất']));
    const snap = services.revisions.snapshot(doc.id, 'export');
    expect(snap.reason).toBe('export');
    expect(services.revisions.get(snap.revisionId).content.body).toEqual(doc.body);
  });

  it('restore writes old content back as a new revision and overwrites nothing', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['một']));
    const first = services.revisions.list(doc.id)[0]!;
    minutes(1);
    services.documents.save(doc.id, withText(doc, 'hai')); // autosave within 5 min: no revision of "hai" yet
    minutes(1);
    const result = services.revisions.restore(doc.id, first.revisionId);
    expect(services.documents.get(doc.id).body).toEqual(doc.body);
    const list = services.revisions.list(doc.id);
    expect(list.map((r) => r.reason)).toEqual(['restore', 'before-restore', 'import']);
    expect(list[0]?.revisionId).toBe(result.revisionId);
    // The unsaved-as-revision content "hai" was kept before being replaced.
    expect(services.revisions.get(list[1]!.revisionId).content.body).toEqual(withText(doc, 'hai').body);
    expect(services.revisions.get(first.revisionId).content.body).toEqual(doc.body);
  });

  it('refuses a revision of another document', () => {
    const a = services.documents.importDocument(sampleDocument('A', ['a']));
    const b = services.documents.importDocument(sampleDocument('B', ['b']));
    const ofB = services.revisions.list(b.id)[0]!;
    expect(() => services.revisions.restore(a.id, ofB.revisionId)).toThrow(/văn bản khác/);
    expect(() => services.revisions.get(999_999)).toThrow(/Không tìm thấy phiên bản/);
  });

  it('prunes while saving: older explicit saves of the same hour collapse to one', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['x']));
    for (let i = 0; i < 5; i++) {
      minutes(1);
      services.documents.save(doc.id, withText(doc, `lưu ${i}`), { explicit: true });
    }
    expect(services.revisions.list(doc.id)).toHaveLength(6);
    minutes(3 * 24 * 60); // three days later every earlier revision is in one local hour
    services.documents.save(doc.id, withText(doc, 'sau ba ngày'), { explicit: true });
    expect(services.revisions.list(doc.id).map((r) => r.preview)).toEqual(['sau ba ngày', 'lưu 4']);
  });
});

describe('revisionsToPrune', () => {
  const now = new Date('2026-11-27T10:00:00.000Z'); // 17:00 in Hà Nội (UTC+7)
  const at = (iso: string, revisionId: number) => ({ revisionId, createdAt: iso });

  it('keeps all of today, hourly for a week, daily after, in local time', () => {
    const revisions = [
      at('2026-11-27T09:59:00.000Z', 1), // today
      at('2026-11-27T01:00:00.000Z', 2), // today
      at('2026-11-26T17:30:00.000Z', 3), // today in UTC+7 (00:30 local)
      at('2026-11-26T16:50:00.000Z', 4), // yesterday 23:50 local: newest of its hour
      at('2026-11-26T16:10:00.000Z', 5), // same hour: pruned
      at('2026-11-25T08:00:00.000Z', 6), // another hour: kept
      at('2026-11-10T08:00:00.000Z', 7), // older than a week: newest of its day
      at('2026-11-10T03:00:00.000Z', 8), // same local day: pruned
      at('2026-11-09T03:00:00.000Z', 9), // another day: kept
    ];
    expect(revisionsToPrune(revisions, now, 7 * 60).sort()).toEqual([5, 8]);
  });

  it('never prunes the newest revision', () => {
    expect(revisionsToPrune([at('2020-01-01T00:00:00.000Z', 1)], now, 0)).toEqual([]);
  });
});
