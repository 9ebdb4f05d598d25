/** Pasted or imported HTML in the legacy fonts: text in .Vn…/VNI-… fonts comes out as Unicode; other text is untouched. */
import { describe, expect, it } from 'vitest';
import { bodyLegacyEncoding, bodyLegacyToUnicode } from '../../shared/document/body-legacy';
import type { BodyDoc, BodyNode } from '../../shared/document/body';
import { unicodeToTcvn3, unicodeToVni } from '../../shared/text/legacy';
import { htmlToBody } from './html-import';

const paragraphs = (body: BodyDoc) => body.content.map(function text(node: BodyNode): string {
  return typeof node.text === 'string' ? node.text : (node.content ?? []).map(text).join('');
});

const tcvn3 = (text: string) => unicodeToTcvn3(text);
const vni = (text: string) => unicodeToVni(text);

describe('legacy fonts in HTML', () => {
  it('converts runs by inline font-family, <font face> and the capitals font, leaving Unicode runs alone', () => {
    const html = [
      `<p><span style="font-family:'.VnTimeH'">${tcvn3('mặt trận tổ quốc việt nam')}</span></p>`,
      `<p style='font-family:".VnTime", serif'>${tcvn3('Cộng hòa xã hội chủ nghĩa Việt Nam')}</p>`,
      `<p><font face="VNI-Times">${vni('Ủy ban nhân dân phường Thanh Xuân')}</font></p>`,
      // A Unicode font inside a legacy one: its text is already Unicode.
      `<p style="font-family:.VnTime">${tcvn3('Hội nghị ')}<span style="font-family:'Times New Roman'">tổng kết năm 2024</span></p>`,
      '<p>Đoạn Unicode bình thường: Uỷ ban, giá 120.000 đ ©</p>',
    ].join('');
    expect(paragraphs(htmlToBody(html).body)).toEqual([
      'MẶT TRẬN TỔ QUỐC VIỆT NAM',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Ủy ban nhân dân phường Thanh Xuân',
      'Hội nghị tổng kết năm 2024',
      'Đoạn Unicode bình thường: Uỷ ban, giá 120.000 đ ©',
    ]);
  });

  it("reads the Normal style's font from Word's <style> block (p.MsoNormal)", () => {
    const html = `<html><head><style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:14.0pt; font-family:".VnTime";} .Tieude {font-family:".VnTimeH"} --></style></head>
      <body><p class=MsoNormal>${tcvn3('Báo cáo kết quả hội nghị')}</p><p class="Tieude">${tcvn3('giao ước thi đua')}</p><h1>${tcvn3('Không đổi')}</h1></body></html>`;
    expect(paragraphs(htmlToBody(html).body)).toEqual(['Báo cáo kết quả hội nghị', 'GIAO ƯỚC THI ĐUA', tcvn3('Không đổi')]);
  });

  it('text without a font is found by its byte patterns; conversion waits for the confirm step', () => {
    const legacy = htmlToBody(`<p>${tcvn3('Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị')}</p>`).body;
    expect(bodyLegacyEncoding(legacy)).toBe('tcvn3');
    expect(paragraphs(bodyLegacyToUnicode(legacy, 'tcvn3'))).toEqual(['Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị']);
    const vniBody = htmlToBody(`<p>${vni('Đại biểu tham dự hội nghị đã thống nhất ký kết giao ước thi đua')}</p>`).body;
    expect(bodyLegacyEncoding(vniBody)).toBe('vni');
    expect(bodyLegacyEncoding(htmlToBody('<p>Ủy ban Mặt trận Tổ quốc Việt Nam — © 2024, 3 × 4</p>').body)).toBeNull();
  });
});
