import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, vietnameseSyllables } from './syllables';

const VALID = `
người được nghiêng nghĩa khuỷu quốc quý quyết quyển giữa gìn gì giếng thuở thuế huỳnh hoạch ngoài ngoáy
khoẻ khỏe hòa hoà thủy thuỷ Ủy Uỷ yêu yên yết oẳn chuyện xuyên khuya loằng ngoẵng boong xoong
đường Việt Nam Mặt trận Tổ quốc phường Thanh Xuân hội nghị ký kết giao ước thi đua năm của những
ạ ừ ở à ấy ổn ươm uống ước ích óc ếch ạch ỉa gỉ gia giá già giặt giường kìm kẻ kế cả gà gỗ ghế ghi nghe ngã
`.trim().split(/\s+/u);

const INVALID = `
nghiã ngĩa kương cương̣ gẹ ghà ngià kăn cên kuốc quốc̣ thuýên hoạn̉ tươc̀ nguyễnn viêt́ tiéng dduowng
chưóng hộii ngưòi duơng bảoo ánhh thànhf xaz
`.trim().split(/\s+/u);

describe('syllables from the spelling rules', () => {
  it('holds about 18 thousand syllables (both tone styles)', () => {
    expect(vietnameseSyllables().size).toBeGreaterThan(15_000);
    expect(vietnameseSyllables().size).toBeLessThan(25_000);
  });

  it.each(VALID)('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
    expect(isVietnameseSyllable(word.normalize('NFD'))).toBe(true);
    expect(isVietnameseSyllable(word.toLocaleUpperCase('vi'))).toBe(true);
  });

  it.each(INVALID)('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('lets stop codas take only sắc and nặng', () => {
    expect(['các', 'cạc', 'cấp', 'cập', 'mất', 'mật'].every(isVietnameseSyllable)).toBe(true);
    expect(['càc', 'cảc', 'cãc', 'cầp', 'mẩt', 'mẫt'].some(isVietnameseSyllable)).toBe(false);
  });
});
