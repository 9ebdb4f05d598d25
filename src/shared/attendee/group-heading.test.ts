import { describe, expect, it } from 'vitest';
import { groupHeading } from './group-heading';

describe('group headings print in one case (docs/nd30-rules.md §10.3)', () => {
  it.each([
    ['A. Đại biểu Thành phố', 'A. ĐẠI BIỂU THÀNH PHỐ'],
    ['b. đại biểu phường thanh xuân', 'B. ĐẠI BIỂU PHƯỜNG THANH XUÂN'],
    ['  C. ĐẠI BIỂU CÁC TỔ CHỨC  ', 'C. ĐẠI BIỂU CÁC TỔ CHỨC'],
    ['D. Đại biểu khu dân cư số 1'.normalize('NFD'), 'D. ĐẠI BIỂU KHU DÂN CƯ SỐ 1'],
  ])('%s → %s', (group, heading) => {
    expect(groupHeading(group)).toBe(heading);
  });
});
