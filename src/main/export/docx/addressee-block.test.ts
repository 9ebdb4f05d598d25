/** Kính gửi in the Word file (docs/nd30-rules.md §16), read back from the XML. */
import { describe, expect, it } from 'vitest';
import { p, SAMPLE_PROFILE, samplePledge } from '../../../../tests/support/docx-samples';
import { paragraphs, readDocx, textOf } from '../../../../tests/support/docx-xml';
import { addresseeBlock } from '../../../shared/frame/addressees';
import { addresseeIndents } from './addressee-block';
import { createContext } from './context';
import { estimateTextWidthTwips } from './text-width';
import { toDocx } from './to-docx';

async function congVan(addressees: string[]) {
  const base = samplePledge();
  const document = { ...base, kind: 'other' as const, frame: { ...base.frame, documentType: '', summary: 'Về việc tổ chức hội nghị', legalBases: [], addressees, recipients: ['Lưu: VT'] }, body: { type: 'doc' as const, content: [p('Thực hiện Chương trình công tác năm 2024, Ban Thường trực đề nghị.')] } };
  return readDocx(await toDocx(document, SAMPLE_PROFILE, () => undefined)).document;
}

const leftIndent = (paragraph: string) => Number(/<w:ind [^>]*w:left="(\d+)"/.exec(paragraph)?.[1] ?? 'NaN');

describe('Kính gửi in Word', () => {
  it('prints one addressee on the "Kính gửi:" line, centred, above the body', async () => {
    const xml = await congVan(['Ủy ban nhân dân phường Thanh Xuân']);
    const all = paragraphs(xml).map(textOf);
    const at = all.indexOf('Kính gửi: Ủy ban nhân dân phường Thanh Xuân');
    expect(at).toBeGreaterThan(0);
    expect(all[at + 1]).toMatch(/^Thực hiện/u);
    expect(paragraphs(xml)[at]).toContain('<w:jc w:val="center"/>');
    // Nơi nhận opens with "Như trên" (ô 9b with a Kính gửi).
    expect(all.indexOf('- Như trên;')).toBeGreaterThan(at);
  });

  it('prints several addressees a line each, the dashes under the colon', async () => {
    const addressees = ['Thường trực Đảng ủy phường', 'Ủy ban nhân dân phường', 'Các tổ chức thành viên'];
    const xml = await congVan(addressees);
    const list = paragraphs(xml);
    const at = list.findIndex((paragraph) => textOf(paragraph) === 'Kính gửi:');
    expect(list.slice(at, at + 4).map(textOf)).toEqual(['Kính gửi:', '- Thường trực Đảng ủy phường;', '- Ủy ban nhân dân phường;', '- Các tổ chức thành viên.']);
    const lead = leftIndent(list[at] ?? '');
    const items = list.slice(at + 1, at + 4).map(leftIndent);
    const ctx = createContext(SAMPLE_PROFILE, () => undefined);
    // The dash stands where the colon stands: the lead's indent plus the width of "Kính gửi".
    expect(items).toEqual([0, 1, 2].map(() => lead + Math.round(estimateTextWidthTwips('Kính gửi', ctx.sizes.body, false))));
    expect(items[0]).toBe(addresseeIndents(addresseeBlock(addressees)!, ctx).items);
    // The block keeps with the body's first line.
    for (const paragraph of list.slice(at, at + 4)) expect(paragraph).toContain('<w:keepNext/>');
  });

  it('never pushes long addressees off the right edge', () => {
    const ctx = createContext(SAMPLE_PROFILE, () => undefined);
    const long = addresseeBlock(['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội (để báo cáo)', 'B'])!;
    expect(addresseeIndents(long, ctx).lead).toBe(0);
    const short = addresseeBlock(['A', 'B'])!;
    expect(addresseeIndents(short, ctx).lead).toBeLessThanOrEqual(ctx.geometry.textWidthTwips / 3);
  });

  it('prints nothing when the frame names no addressee (documents stored before the field)', async () => {
    const xml = await congVan([]);
    expect(xml).not.toContain('Kính gửi');
  });
});
