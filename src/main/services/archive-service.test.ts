import fs from 'node:fs';
import path from 'node:path';
import { makePng } from '../../../tests/support/png-image';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { seedEventInput } from '../../../tests/support/event-fixtures';
import { createServices, type Services } from './services';

let tmp: ReturnType<typeof makeTempDir>;
let source: Services;
let target: Services;
beforeEach(() => {
  tmp = makeTempDir();
  source = createServices(path.join(tmp.dir, 'a', 'thuky.db'));
  target = createServices(path.join(tmp.dir, 'b', 'thuky.db'));
});
afterEach(() => {
  source.close();
  target.close();
  tmp.cleanup();
});

describe('archive', () => {
  it('carries attendee rows and pledge parties with their documents, searchable on arrival', () => {
    const list = source.documents.create('danh-sach-dai-bieu', 'Đại biểu hội nghị 2024');
    const rows = source.attendees.getForDocument(list.id);
    const row = { id: 'r1', personId: null, group: '', order: 0, honorific: 'Ông', fullName: 'Khổng Minh Thảo', title: 'Chủ tịch', unit: 'Ủy ban MTTQ quận', note: '', present: true, protocolRank: null, extra: {} };
    source.attendees.save({ ...rows, rows: [row] });
    const pledgeDoc = source.documents.create('giao-uoc-thi-dua', 'Giao ước thi đua 2024');
    const party = { id: 'p1', name: 'Ủy ban MTTQ Việt Nam phường Khương Đình', representative: 'Lê Thị Hoa', title: 'Chủ tịch', authorityLine: '', isHost: true };
    source.pledges.save(pledgeDoc.id, { parties: [party], commitments: [], signatureOrder: ['p1'] });
    const plain = source.documents.importDocument(sampleDocument('Báo cáo', ['nội dung']));

    const file = path.join(tmp.dir, 'chuyen.jsonl');
    expect(source.archive.exportTo(file, new Date().toISOString())).toMatchObject({ documents: 3, images: 0 });
    const report = target.archive.importFrom(file);
    expect(report.imported.sort()).toEqual([list.id, pledgeDoc.id, plain.id].sort());

    expect(target.attendees.getForDocument(list.id).rows.map((r) => r.fullName)).toEqual(['Khổng Minh Thảo']);
    expect(target.pledges.get(pledgeDoc.id).parties.map((p) => p.name)).toEqual([party.name]);
    expect(target.search.query('khong minh thao').map((hit) => hit.id)).toEqual([list.id]);
    expect(target.search.query('khuong dinh').map((hit) => hit.id)).toEqual([pledgeDoc.id]);
    // Same archive again: all duplicates, nothing written twice.
    expect(target.archive.importFrom(file)).toMatchObject({ imported: [], conflicts: [] });
    expect(target.attendees.getForDocument(list.id).rows).toHaveLength(1);
  });

  it('counts what the file holds (not an image the store lacks) and says that history stays behind', () => {
    const stored = source.images.put('image/png', makePng(20, 10));
    const figure = (imageId: string) => ({ type: 'figure', attrs: { imageId, alt: '', widthPx: 20, heightPx: 10 }, content: [{ type: 'text', text: 'Ảnh' }] });
    const doc = sampleDocument('Có ảnh', ['nội dung']);
    const withImages = { ...doc, body: { type: 'doc', content: [...doc.body.content!, figure(stored.id), figure('f'.repeat(64))] } } as typeof doc;
    const imported = source.documents.importDocument(withImages);
    source.documents.save(imported.id, { title: 'Có ảnh (sửa)', frame: imported.frame, body: imported.body, portal: imported.portal }, { explicit: true });
    const file = path.join(tmp.dir, 'anh.jsonl');
    const result = source.archive.exportTo(file, new Date().toISOString());
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; images?: number; revisionsIncluded?: boolean });
    expect(result).toEqual({ documents: 1, images: 1, events: 0, revisionsLeftOut: source.revisions.list(imported.id).length });
    expect(result.revisionsLeftOut).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => line.type === 'image')).toHaveLength(1);
    expect(lines[0]).toMatchObject({ type: 'header', documents: 1, images: 1, revisionsIncluded: false });
    expect(target.archive.importFrom(file)).toMatchObject({ imported: [imported.id], images: 1 });
  });

  it('carries events with their attendee list, parties, photos and links: the restored event shows its documents and states', () => {
    const photo = source.images.put('image/png', makePng(8, 6));
    const generated = source.events.create({ ...seedEventInput(), photos: [{ imageId: photo.id, caption: 'Quang cảnh' }] });
    const documents = source.events.generate(generated.id);
    source.events.setChecked(documents[0]!.id, true);
    // An event not generated yet: its list is its own (no Danh sách document) and must travel too.
    const bare = source.events.create({ ...seedEventInput(), title: 'Hội nghị sơ kết 6 tháng' });

    const file = path.join(tmp.dir, 'hoi-nghi.thuky');
    expect(source.archive.exportTo(file, new Date().toISOString())).toMatchObject({ documents: 6, events: 2, images: 1 });
    const report = target.archive.importFrom(file);
    expect(report.events.sort()).toEqual([generated.id, bare.id].sort());
    expect(report.imported).toHaveLength(6);

    const back = target.events.view(generated.id);
    const before = source.events.view(generated.id);
    expect(back).toEqual(before);
    expect(back.documents.map((doc) => doc.state)).toEqual(['checked', 'draft', 'draft', 'draft', 'draft', 'draft']);
    expect(target.images.find(photo.id)).toBeDefined();
    expect(target.events.view(bare.id).attendees).toHaveLength(10);
    // Facts keep flowing into the restored drafts.
    const moved = target.events.updateFacts(generated.id, { venue: 'Nhà văn hóa phường' });
    expect(moved.updated).toHaveLength(6);

    // Imported again: nothing doubled, nothing overwritten.
    const again = target.archive.importFrom(file);
    expect(again.events).toEqual([]);
    expect(target.events.list()).toHaveLength(2);
    expect(target.events.view(generated.id).venue).toBe('Nhà văn hóa phường');
  });
});
