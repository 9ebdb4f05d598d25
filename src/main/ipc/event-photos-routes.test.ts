/**
 * The article's photos through the routes (events.setPhotos, docs/event-format.md): images stored
 * first (images.put), each with its caption; the facts and parties forms never touch them; the
 * article generated (again) shows them in the order set.
 */
import { describe, expect, it } from 'vitest';
import { makePng } from '../../../tests/support/png-image';
import { useRouteHarness } from '../../../tests/support/route-caller';
import { seedEventInput, seedEventJson } from '../../../tests/support/event-fixtures';
import type { EventPhoto } from '../../shared/event/event';

const harness = useRouteHarness();

interface Figure {
  type: string;
  attrs: { imageId: string; alt: string; widthPx?: number };
  content: Array<{ text: string }>;
}

async function putPng(seed: number): Promise<string> {
  const { id } = await harness.call<{ id: string }>('images.put', { mime: 'image/png', dataBase64: makePng(40 + seed, 30, seed).toString('base64') });
  return id;
}

async function photos(id: string): Promise<EventPhoto[]> {
  return (await harness.call<{ photos: EventPhoto[] }>('events.get', { id })).photos;
}

async function articleFigures(id: string): Promise<Array<{ imageId: string; caption: string }>> {
  const view = await harness.call<{ documents: Array<{ id: string; kind: string }> }>('events.get', { id });
  const article = view.documents.find((doc) => doc.kind === 'article')!;
  const doc = await harness.call<{ body: { content: Figure[] } }>('documents.get', { id: article.id });
  return doc.body.content.filter((node) => node.type === 'figure').map((node) => ({ imageId: node.attrs.imageId, caption: node.content.map((piece) => piece.text).join('') }));
}

describe('event photos through the routes', () => {
  it('keeps the photos of a file when the facts or the parties are saved from the form', async () => {
    const imageId = await putPng(1);
    const { id } = await harness.call<{ id: string }>('events.create', { ...seedEventJson(), photos: [{ imageId, caption: 'Quang cảnh Hội nghị' }] });
    await harness.call('events.update', { id, facts: { venue: 'Nhà văn hóa tổ dân phố 5', summary: 'Hội nghị thành công tốt đẹp.' } });
    expect(await photos(id)).toEqual([{ imageId, caption: 'Quang cảnh Hội nghị' }]);
    await harness.call('events.setParties', { id, which: 'programme', parties: [{ name: 'Hội Cựu chiến binh phường', isHost: true }] });
    expect(await photos(id)).toEqual([{ imageId, caption: 'Quang cảnh Hội nghị' }]);
  });

  it('sets, reorders and removes photos; the article generated again shows them in that order', async () => {
    const [a, b, c] = [await putPng(1), await putPng(2), await putPng(3)];
    const { id } = await harness.call<{ id: string }>('events.create', seedEventJson());
    const set = await harness.call<{ event: { photos: EventPhoto[] } }>('events.setPhotos', {
      id,
      photos: [
        { imageId: a, caption: '  Quang cảnh Hội nghị ' },
        { imageId: b, caption: 'Đồng chí Chủ tịch phát biểu' },
      ],
    });
    expect(set.event.photos).toEqual([
      { imageId: a, caption: 'Quang cảnh Hội nghị' },
      { imageId: b, caption: 'Đồng chí Chủ tịch phát biểu' },
    ]);
    await harness.call('events.generate', { id });
    expect(await articleFigures(id)).toEqual([
      { imageId: a, caption: 'Quang cảnh Hội nghị' },
      { imageId: b, caption: 'Đồng chí Chủ tịch phát biểu' },
    ]);

    // Reordered, one removed, one added: the existing article is not touched (generation never overwrites) …
    const next = [
      { imageId: c, caption: 'Các đơn vị ký kết giao ước' },
      { imageId: a, caption: 'Quang cảnh Hội nghị' },
    ];
    await harness.call('events.setPhotos', { id, photos: next });
    expect(await photos(id)).toEqual(next);
    expect((await articleFigures(id)).map((figure) => figure.imageId)).toEqual([a, b]);
    // … and the article made again (the old one deleted) has the new photos, in the new order.
    const view = await harness.call<{ documents: Array<{ id: string; kind: string }> }>('events.get', { id });
    await harness.call('documents.delete', { id: view.documents.find((doc) => doc.kind === 'article')!.id });
    await harness.call('events.generate', { id });
    expect(await articleFigures(id)).toEqual(next);

    await harness.call('events.setPhotos', { id, photos: [] });
    expect(await photos(id)).toEqual([]);
  });

  it('refuses a photo without a caption naming it, an image not in the store, a file path and a 21st photo, changing nothing', async () => {
    const [a, b] = [await putPng(1), await putPng(2)];
    const { id } = await harness.call<{ id: string }>('events.create', { ...seedEventJson(), photos: [{ imageId: a, caption: 'Quang cảnh' }] });
    const before = await photos(id);

    const noCaption = await harness.raw('events.setPhotos', { id, photos: [{ imageId: a, caption: 'Quang cảnh' }, { imageId: b, caption: '   ' }] });
    expect(noCaption).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Ảnh 2: thiếu chú thích' } });
    expect(noCaption.ok ? '' : noCaption.error.where).toContain('photos.1.caption');

    const missing = await harness.raw('events.setPhotos', { id, photos: [{ imageId: 'f'.repeat(64), caption: 'Ảnh lạ' }] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Không tìm thấy ảnh trong kho', where: 'photos, ảnh 1' } });

    const path = await harness.raw('events.setPhotos', { id, photos: [{ file: '/etc/passwd', caption: 'x' }] });
    expect(path).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const many = await harness.raw('events.setPhotos', { id, photos: Array.from({ length: 21 }, () => ({ imageId: a, caption: 'Quang cảnh' })) });
    expect(many).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Tối đa 20 ảnh') } });

    expect(await photos(id)).toEqual(before);
  });

  it('the service itself refuses a photo without a caption (one rule for every door)', () => {
    const { services } = harness.env;
    const { id } = services.events.create(seedEventInput());
    expect(() => services.events.setPhotos(id, [{ imageId: 'a'.repeat(64), caption: '' }])).toThrow('Ảnh 1: thiếu chú thích');
  });
});
