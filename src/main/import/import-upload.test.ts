/** The app's "Nhập từ tệp…" route: a name and bytes in (never a path), a stored document out; bad files refused in Vietnamese. */
import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import type { Document } from '../../shared/document/document';
import { bodyText } from '../../shared/document/body';
import { unicodeToTcvn3 } from '../../shared/text/legacy';

const routes = useRouteHarness();
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('documents.importFile', () => {
  it("imports a .txt under a path-like name, written in the profile's kiểu bỏ dấu, and lists it", async () => {
    const result = await routes.call<{ document: Document; notices: string[] }>('documents.importFile', {
      fileName: '../../etc/Tin bài.txt',
      dataBase64: b64('Uỷ ban MTTQ phường tổ chức hội nghị\n\nHội nghị hoà hợp, thuỷ chung.'),
    });
    expect(result.document.title).toBe('Ủy ban MTTQ phường tổ chức hội nghị');
    expect(bodyText(result.document.body)).toContain('Hội nghị hòa hợp, thủy chung.');
    const list = await routes.call<Array<{ id: string }>>('documents.list', {});
    expect(list.map((doc) => doc.id)).toContain(result.document.id);
  });

  it('a legacy TCVN3 .txt comes in as Unicode with a notice', async () => {
    const bytes = Buffer.from(unicodeToTcvn3('Hội nghị đại biểu nhân dân phường\n\nĐại biểu tham dự hội nghị đã thống nhất ký kết giao ước thi đua'), 'latin1');
    const result = await routes.call<{ document: Document; notices: string[] }>('documents.importFile', { fileName: 'cu.txt', dataBase64: b64(bytes) });
    expect(result.document.title).toBe('Hội nghị đại biểu nhân dân phường');
    expect(result.notices.join(' ')).toMatch(/TCVN3/);
  });

  it('refuses an unknown type or a fake .doc by name, and stores nothing', async () => {
    const odd = await routes.raw('documents.importFile', { fileName: 'bang.xyz', dataBase64: b64('x') });
    expect(odd.ok ? null : odd.error.message).toMatch(/Chưa hỗ trợ nhập tệp ".xyz"/);
    const fake = await routes.raw('documents.importFile', { fileName: 'gia.doc', dataBase64: b64('không phải Word') });
    expect(fake.ok ? null : `${fake.error.where}: ${fake.error.message}`).toMatch(/gia\.doc: Tệp không phải tệp Word 97–2003/);
    const extra = await routes.raw('documents.importFile', { fileName: 'a.txt', dataBase64: b64('a'), path: '/etc/passwd' });
    expect(extra.ok).toBe(false);
    expect(await routes.call('documents.list', {})).toEqual([]);
  });
});
