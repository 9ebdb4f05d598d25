import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import { seedEventJson } from '../../../tests/support/event-fixtures';

const harness = useRouteHarness();

describe('event routes', () => {
  it('create → generate → update → setChecked through the contract', async () => {
    const { id } = await harness.call<{ id: string }>('events.create', seedEventJson());
    const docs = await harness.call<Array<{ id: string; kind: string; state: string }>>('events.generate', { id });
    expect(docs.map((doc) => doc.kind)).toEqual(['report', 'article', 'attendees', 'pledge', 'program', 'invitation']);
    const update = await harness.call<{ updated: string[]; kept: string[]; event: { venue: string } }>('events.update', { id, facts: { venue: 'Nhà văn hóa' } });
    expect(update.event.venue).toBe('Nhà văn hóa');
    expect(update.updated).toHaveLength(6);
    await harness.call('events.setChecked', { documentId: docs[0]!.id, checked: true });
    const view = await harness.call<{ documents: Array<{ state: string }> }>('events.get', { id });
    expect(view.documents[0]!.state).toBe('checked');
    expect(await harness.call<unknown[]>('events.list', {})).toHaveLength(1);
  });

  it('refuses a photo given as a file path from a renderer, and a bad row, writing nothing', async () => {
    const withPath = { ...seedEventJson(), photos: [{ file: '/etc/passwd', caption: 'x' }] };
    const refused = await harness.raw('events.create', withPath);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', where: 'photos, ảnh 1' } });
    const json = seedEventJson() as { pledgeParties: Array<Record<string, unknown>> };
    json.pledgeParties[11] = { ...json.pledgeParties[11], name: '' };
    const bad = await harness.raw('events.create', json);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Thiếu tên đơn vị' } });
    expect(bad.ok ? '' : bad.error.where).toContain('Tên đơn vị (giao ước), dòng 12');
    expect(await harness.call<unknown[]>('events.list', {})).toEqual([]);
  });
});
