import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import { contract } from '../../shared/ipc/contract';
import type { Document } from '../../shared/document/document';

const routes = useRouteHarness();
const call = routes.call;

describe('route dispatch', () => {
  it('creates, saves and reads back a document through the routes, NFC on the way in', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    const summary = 'Kết quả Hội nghị phát động thi đua năm 2024'.normalize('NFD');
    const saved = await call<{ updatedAt: string }>('documents.save', {
      id: doc.id,
      content: { title: doc.title, frame: { ...doc.frame, summary, number: '5', date: '2024-01-31' }, body: doc.body, portal: doc.portal },
    });
    expect(saved.updatedAt > doc.updatedAt).toBe(true);
    const back = await call<Document>('documents.get', { id: doc.id });
    expect(back.frame.summary).toBe(summary.normalize('NFC'));
    expect(back.frame.number).toBe('5');
    // Output matches the contract's own output schema.
    expect(contract['documents.get'].output.safeParse(back).success).toBe(true);
  });

  it.each([
    ['documents.get', { id: 'x' }, 'invalid_input', /UUIDv7/],
    ['documents.get', {}, 'invalid_input', /thiếu giá trị bắt buộc/],
    ['documents.create', { templateId: 'Not Valid' }, 'invalid_input', /Mã mẫu/],
    ['documents.create', { templateId: 'khong-co' }, 'not_found', /Không có mẫu văn bản/],
    ['documents.get', { id: '01a21d2c-6df9-7608-9379-b19e4858e618' }, 'not_found', /Không tìm thấy/],
    ['documents.list', { extra: 1 }, 'invalid_input', /trường lạ/],
    ['profile.save', { name: '' }, 'invalid_input', /.+/],
    ['images.put', { mime: 'image/png', dataBase64: Buffer.from('hello').toString('base64') }, 'invalid_input', /không phải ảnh/],
    ['images.put', { mime: 'text/html', dataBase64: 'AA==' }, 'invalid_input', /Chỉ nhận ảnh/],
    ['no.such.route', {}, 'not_found', /Không có chức năng/],
  ])('%s %j → %s', async (name, input, code, message) => {
    const result = await routes.raw(name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it('names the field in Vietnamese when a save is invalid, and keeps the stored draft', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    const result = await routes.raw('documents.save', { id: doc.id, content: { title: doc.title, frame: { ...doc.frame, number: '5a' }, body: doc.body, portal: doc.portal } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.where).toBe('documents.save › Số (content.frame.number)');
      expect(result.error.message).toMatch(/Số văn bản chỉ gồm chữ số/);
    }
    const stored = await call<Document>('documents.get', { id: doc.id });
    expect(stored.frame.number).toBe('');
    expect(stored.updatedAt).toBe(doc.updatedAt);
  });

  it('refuses body nodes outside the allowlist', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'tin-bai-hoi-nghi' });
    const body = { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] };
    const result = await routes.raw('documents.save', { id: doc.id, content: { title: doc.title, frame: doc.frame, body, portal: doc.portal } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/không được hỗ trợ/);
  });

  it('stores an image once per content and reads it back', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0f2d2f10000000049454e44ae426082', 'hex');
    const first = await call<{ id: string }>('images.put', { mime: 'image/png', dataBase64: png.toString('base64') });
    const second = await call<{ id: string }>('images.put', { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(first.id).toBe(second.id);
    expect(first.id).toMatch(/^[0-9a-f]{64}$/);
    const back = await call<{ dataBase64: string }>('images.get', { id: first.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(png)).toBe(true);
  });

  it('deletes to a recoverable state and restores', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'giao-uoc-thi-dua' });
    await call('documents.delete', { id: doc.id });
    expect((await call<Array<{ id: string }>>('documents.list', {})).map((item) => item.id)).not.toContain(doc.id);
    await call('documents.restore', { id: doc.id });
    expect((await call<Array<{ id: string }>>('documents.list', {})).map((item) => item.id)).toContain(doc.id);
  });

  it('saves a document as a user template and creates from it', async () => {
    const doc = await call<Document>('documents.create', { templateId: 'chuong-trinh-phoi-hop', title: 'Chương trình phối hợp 2025' });
    const template = await call<{ id: string; source: string }>('templates.saveFromDocument', { documentId: doc.id, name: 'Mẫu phối hợp của phường' });
    expect(template.source).toBe('user');
    const list = await call<Array<{ id: string }>>('templates.list', {});
    expect(list.map((item) => item.id)).toContain(template.id);
    const fromUser = await call<Document>('documents.create', { templateId: template.id });
    expect(fromUser.body).toEqual(doc.body);
    expect(fromUser.frame.summary).toBe(doc.frame.summary);
  });

  it('fills new documents from the saved organisation profile', async () => {
    const profile = await call<Record<string, unknown>>('profile.get', {});
    await call('profile.save', { ...profile, parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG HAI BÀ TRƯNG'], place: 'Hai Bà Trưng', orgName: 'Ủy ban MTTQ Việt Nam phường Hai Bà Trưng' });
    const doc = await call<Document>('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' });
    expect(doc.frame.parentBody).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG HAI BÀ TRƯNG']);
    expect(doc.frame.place).toBe('Hai Bà Trưng');
    expect(JSON.stringify(doc.body)).toContain('Ủy ban MTTQ Việt Nam phường Hai Bà Trưng');
  });
});
