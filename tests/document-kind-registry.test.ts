/**
 * Adding a document kind is one descriptor (src/shared/document/kinds.ts): a throwaway kind,
 * registered here and nowhere else, is stored, listed, searched, checked and exported in every
 * format through the one export service, like a built-in kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../src/shared/export/portal-html-options';
import { documentKinds, kindOf, registerKind, type KindDescriptor } from '../src/shared/document/kinds';
import { emptyRow } from '../src/shared/attendee/attendee-list';
import { writePageFiles } from '../src/main/export/html/write-standalone-page';
import type { Services } from '../src/main/services/services';
import { makeServices } from './support/services';
import { sampleDocument } from './support/store-fixtures';

/** "Thông báo danh sách": an official document that carries its own attendee list. */
const NOTICE: KindDescriptor = {
  id: 'thong-bao-thu-nghiem',
  label: { vi: 'Thông báo (thử nghiệm)', en: 'Notices (trial)' },
  templateId: null,
  frame: 'official',
  closing: 'signer',
  endMark: true,
  data: 'attendee-list',
  attachesLists: false,
  importTypes: [/^THÔNG BÁO THỬ NGHIỆM/u],
  checks: 'official',
  workspace: 'attendees',
};

/** "Biên bản ký kết": signed by every party in a grid, its parties kept as data. */
const COMPACT: KindDescriptor = { ...NOTICE, id: 'bien-ban-thu-nghiem', label: { vi: 'Biên bản ký kết (thử nghiệm)', en: 'Signed minutes (trial)' }, closing: 'signature-grid', data: 'pledge', importTypes: [], workspace: 'pledge' };

registerKind(NOTICE);
registerKind(COMPACT);

const wordText = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

let env: ReturnType<typeof makeServices>;
let services: Services;
beforeAll(() => {
  env = makeServices();
  services = env.services;
});
afterAll(() => env.cleanup());

describe('a kind added through the registry alone', () => {
  it('is a kind like the others: stored, listed, labelled, found by search, recognised on import', () => {
    expect(documentKinds().map((kind) => kind.id)).toContain(NOTICE.id);
    const doc = services.documents.importDocument(sampleDocument('Thông báo danh sách tham dự tập huấn', ['Kính gửi các đồng chí.'], { kind: NOTICE.id }));
    expect(services.documents.get(doc.id).kind).toBe(NOTICE.id);
    expect(services.documents.list().find((summary) => summary.id === doc.id)?.kind).toBe(NOTICE.id);
    expect(services.search.query('tap huan')[0]).toMatchObject({ id: doc.id, kind: NOTICE.id });
    expect(kindOf(NOTICE.id).label.vi).toBe('Thông báo (thử nghiệm)');
  });

  it('is exported in every format: Word, the HTML page, the portal fragment, its list in Word, and checked', async () => {
    const doc = services.documents.importDocument(sampleDocument('Thông báo danh sách dự họp', ['Danh sách như sau.'], { kind: NOTICE.id, signerName: 'Nguyễn Văn Ký' }));
    const list = services.attendees.getForDocument(doc.id);
    services.attendees.save({ ...list, rows: [{ ...emptyRow('r1', 0), fullName: 'Khổng Minh Thảo', title: 'Chủ tịch' }, { ...emptyRow('r2', 1), fullName: 'Trần Thị Thu Hà' }] });
    const revisionsBefore = services.revisions.list(doc.id).length;

    const word = await services.exports.word(doc.id);
    expect(wordText(word.bytes)).toContain('Khổng Minh Thảo');
    expect(wordText(word.bytes)).toContain('Nguyễn Văn Ký');
    expect(word.problems.length).toBeGreaterThan(0); // an official document without số, ngày, trích yếu…

    const page = services.exports.page(doc.id, { images: 'embed' });
    expect(page.html).toContain('<!DOCTYPE html>');
    expect(page.html).toContain('Trần Thị Thu Hà');

    const portal = services.exports.portal(doc.id, DEFAULT_PORTAL_HTML_OPTIONS);
    expect(portal.html).toContain('Khổng Minh Thảo');
    expect(portal.text).toContain('Trần Thị Thu Hà');

    const listWord = await services.exports.listWord(list.id);
    expect(wordText(listWord.bytes)).toContain('Trần Thị Thu Hà');

    expect(services.exports.check(doc.id).map((finding) => finding.kind)).toContain('missing-field');

    // Delivering an export keeps one revision; a cancelled delivery keeps none.
    const file = path.join(env.dir, 'thong-bao.html');
    await services.exports.deliver(doc.id, page, () => (writePageFiles(file, page), file));
    await services.exports.deliver(doc.id, word, () => null);
    expect(fs.readFileSync(file, 'utf8')).toBe(page.html);
    expect(services.revisions.list(doc.id).length).toBe(revisionsBefore + 1);
    expect(services.revisions.list(doc.id)[0]?.reason).toBe('export');
  });

  it('signs with every party in a grid when its descriptor says so', async () => {
    const doc = services.documents.importDocument(sampleDocument('Biên bản ký kết phối hợp', ['Hai bên thống nhất.'], { kind: COMPACT.id }));
    const party = (id: string, name: string, representative: string, isHost = false) => ({ id, name, representative, title: 'Chủ tịch', authorityLine: `TM. ${name}`, isHost });
    services.pledges.save(doc.id, {
      parties: [party('a', 'Phường Khương Đình', 'Lê Văn Đức', true), party('b', 'Phường Thanh Xuân', 'Phạm Thị Hoa')],
      commitments: [],
      signatureOrder: ['a', 'b'],
    });
    const text = wordText((await services.exports.word(doc.id)).bytes);
    expect(text).toContain('Lê Văn Đức');
    expect(text).toContain('Phạm Thị Hoa');
    expect(services.exports.portal(doc.id, DEFAULT_PORTAL_HTML_OPTIONS).html).toContain('Hai bên thống nhất.');
  });
});
