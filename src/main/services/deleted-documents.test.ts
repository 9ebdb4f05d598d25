/** "Đã xóa": the deleted documents listed, restored, and deleted for good (with their history), through dispatch and the CLI's service calls. */
import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import type { Document } from '../../shared/document/document';
import { seedEventInput } from '../../../tests/support/event-fixtures';

const routes = useRouteHarness();
const call = routes.call;

const create = (title: string) => call<Document>('documents.create', { templateId: 'tin-bai-hoi-nghi', title });
const deletedTitles = async () => (await call<Array<{ title: string; deletedAt: string }>>('documents.listDeleted', {})).map((doc) => doc.title);

describe('"Đã xóa"', () => {
  it('lists deleted documents (latest first), restores one, purges another with its history', async () => {
    const first = await create('Tin bài một');
    const second = await create('Tin bài hai');
    await create('Tin bài còn lại');
    await call('documents.delete', { id: first.id });
    await call('documents.delete', { id: second.id });
    expect(await deletedTitles()).toEqual(['Tin bài hai', 'Tin bài một']);
    const [latest] = await call<Array<{ deletedAt: string; kind: string }>>('documents.listDeleted', {});
    expect(latest?.kind).toBe('article');
    expect(Number.isNaN(Date.parse(latest?.deletedAt ?? ''))).toBe(false);

    await call('documents.restore', { id: first.id });
    expect(await deletedTitles()).toEqual(['Tin bài hai']);
    expect((await call<Array<{ id: string }>>('documents.list', {})).map((doc) => doc.id)).toContain(first.id);

    expect(routes.env.services.revisions.list(second.id).length).toBeGreaterThan(0);
    await call('documents.purge', { id: second.id });
    expect(await deletedTitles()).toEqual([]);
    const { db } = routes.env.services;
    expect(db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(second.id)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM revisions WHERE document_id = ?').get(second.id)).toEqual({ n: 0 });
    const gone = await routes.raw('documents.restore', { id: second.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
  });

  it('refuses to purge a live document or an unknown id, in Vietnamese, and changes nothing', async () => {
    const live = await create('Tin bài đang dùng');
    const refused = await routes.raw('documents.purge', { id: live.id });
    expect(refused.ok ? null : refused.error.message).toMatch(/Chỉ xóa vĩnh viễn được văn bản đã ở mục "Đã xóa"/);
    expect((await call<Document>('documents.get', { id: live.id })).title).toBe('Tin bài đang dùng');
    const unknown = await routes.raw('documents.purge', { id: '0190a0b0-0000-7000-8000-000000000000' });
    expect(unknown.ok ? null : unknown.error.message).toMatch(/Không tìm thấy văn bản/);
    const bad = await routes.raw('documents.purge', { id: live.id, all: true });
    expect(bad.ok).toBe(false);
  });

  it('purging an event\'s attendee list document keeps the event and its list', async () => {
    const { services } = routes.env;
    const event = services.events.create(seedEventInput());
    const list = services.events.generate(event.id).find((doc) => doc.kind === 'attendees');
    expect(list).toBeDefined();
    const before = services.events.view(event.id);
    await call('documents.delete', { id: list!.id });
    await call('documents.purge', { id: list!.id });
    const after = services.events.view(event.id);
    expect(after.title).toBe(before.title);
    expect(after.attendees).toEqual(before.attendees);
    expect(after.documents.map((doc) => doc.id)).not.toContain(list!.id);
  });
});
