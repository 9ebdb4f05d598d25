/** Revisions refer to their content by hash (migration 0008): an unchanged body is stored once, and nothing is left when revisions go. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { paragraph } from '../../shared/document/body';
import { createServices, type Services } from './services';

let tmp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeEach(() => {
  tmp = makeTempDir('thuky-revision-contents-');
  services = createServices(path.join(tmp.dir, 'thuky.db'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const count = (sql: string) => (services.db.prepare(sql).get() as { n: number }).n;

describe('revision contents by reference', () => {
  it('three exports of an unchanged document add three revisions and no new body; a change adds one', () => {
    const doc = services.documents.importDocument(sampleDocument('Báo cáo', ['nội dung dài '.repeat(200)]));
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(1);
    for (let i = 0; i < 3; i += 1) services.revisions.snapshot(doc.id, 'export');
    expect(services.revisions.list(doc.id)).toHaveLength(4);
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(1);
    const [latest] = services.revisions.list(doc.id);
    expect(services.revisions.get(latest!.revisionId).content.body).toEqual(doc.body);
    expect(latest!.sizeBytes).toBeGreaterThan(2000);

    services.documents.save(doc.id, { title: doc.title, frame: doc.frame, portal: doc.portal, body: { type: 'doc', content: [paragraph('đã sửa')] } }, { explicit: true });
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(2);
  });

  it('a purged document leaves no content behind; a content shared by another document stays', () => {
    const first = services.documents.importDocument(sampleDocument('Một', ['giống nhau']));
    const second = services.documents.importDocument(sampleDocument('Một', ['giống nhau']));
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(1);
    services.documents.delete(first.id);
    services.documents.purge(first.id);
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(1);
    expect(services.revisions.get(services.revisions.list(second.id)[0]!.revisionId).content.title).toBe('Một');
    services.documents.delete(second.id);
    services.documents.purge(second.id);
    expect(count('SELECT count(*) AS n FROM revision_contents')).toBe(0);
    expect(count('SELECT count(*) AS n FROM revisions')).toBe(0);
  });
});
