/** The user dictionary: the service, its routes (through dispatch), and the check skipping its words. */
import { describe, expect, it } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import type { Document } from '../../shared/document/document';
import type { Finding } from '../../shared/check/finding';

const routes = useRouteHarness();
const call = routes.call;

async function documentWith(text: string): Promise<Document> {
  const doc = await call<Document>('documents.create', { templateId: 'tin-bai-hoi-nghi', title: 'Tin bài' });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  await call('documents.save', { id: doc.id, content: { title: doc.title, frame: doc.frame, body, portal: doc.portal } });
  return doc;
}

const spelling = async (id: string) =>
  (await call<{ findings: Finding[] }>('export.check', { id })).findings.filter((finding) => finding.kind === 'spelling').map((finding) => finding.text);

describe('user dictionary', () => {
  it('service: adds lower case NFC once, lists in Vietnamese order, removes', () => {
    const { dictionary } = routes.env.services;
    expect(dictionary.list()).toEqual([]);
    dictionary.add('Kbang');
    dictionary.add('kbang');
    dictionary.add('Ê\u0301đê'.normalize('NFD'));
    expect(dictionary.add('Arul')).toEqual(['arul', 'ếđê', 'kbang']);
    expect(dictionary.words().has('ếđê')).toBe(true);
    expect(dictionary.remove('KBANG')).toEqual(['arul', 'ếđê']);
    expect(() => dictionary.remove('kbang')).toThrow(/"kbang" không có trong từ điển của bạn/);
  });

  it('routes: the check skips an added word; removing it brings the finding back', async () => {
    const doc = await documentWith('Đoàn công tác về tỉnh Đắk Lắk, thăm buôn Êđê.');
    expect(await spelling(doc.id)).toEqual(['Đắk', 'Lắk', 'Êđê']);
    expect(await call('dictionary.add', { word: 'Đắk' })).toEqual(['đắk']);
    expect(await call('dictionary.add', { word: 'ÊĐÊ' })).toEqual(['đắk', 'êđê']);
    expect(await spelling(doc.id)).toEqual(['Lắk']);
    expect(await call('dictionary.list', {})).toEqual(['đắk', 'êđê']);
    expect(await call('dictionary.remove', { word: 'đắk' })).toEqual(['êđê']);
    await call('dictionary.remove', { word: 'Êđê' });
    expect(await spelling(doc.id)).toEqual(['Đắk', 'Lắk', 'Êđê']);
  });

  it('routes refuse what is not one word, with a Vietnamese message; nothing is stored', async () => {
    for (const [word, message] of [
      ['hai từ', /một từ gồm chữ cái/],
      ['', /không được để trống/],
      ['abc1', /một từ gồm chữ cái/],
      ['a'.repeat(41), /dài quá 40 ký tự/],
    ] as const) {
      const result = await routes.raw('dictionary.add', { word });
      expect(result.ok ? null : result.error.message, word).toMatch(message);
    }
    const extra = await routes.raw('dictionary.add', { word: 'kbang', path: '/etc' });
    expect(extra.ok).toBe(false);
    expect(await call('dictionary.list', {})).toEqual([]);
  });
});
