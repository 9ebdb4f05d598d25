import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
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
    expect(source.archive.exportTo(file, new Date().toISOString())).toEqual({ documents: 3, images: 0 });
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
});
