import { describe, expect, it } from 'vitest';
import type { Organisation } from './organisation';
import { superiorOf } from './superior';

const ward = (province: string): Organisation => ({ unitKind: 'phường', unitName: 'Thanh Xuân', province });

describe('the committee one level up, as Nơi nhận names it', () => {
  it.each([
    [ward('thành phố Hà Nội'), 'Ủy ban MTTQ Việt Nam thành phố Hà Nội'],
    // Typed with a capital level word or loose spaces: the level word in lower case (PL II), one space.
    [ward('Thành phố  Hồ Chí Minh '), 'Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh'],
    [{ unitKind: 'xã', unitName: 'Tân Lập', province: 'Tỉnh Nghệ An' } satisfies Organisation, 'Ủy ban MTTQ Việt Nam tỉnh Nghệ An'],
    [{ unitKind: 'đặc khu', unitName: 'Phú Quốc', province: 'tỉnh An Giang' } satisfies Organisation, 'Ủy ban MTTQ Việt Nam tỉnh An Giang'],
    // A province's own committee reports to the central one.
    [{ unitKind: 'thành phố', unitName: 'Hà Nội', province: '' } satisfies Organisation, 'Ủy ban Trung ương MTTQ Việt Nam'],
    [{ unitKind: 'tỉnh', unitName: 'Nghệ An', province: '' } satisfies Organisation, 'Ủy ban Trung ương MTTQ Việt Nam'],
    // A profile from before the organisation was asked: left for the clerk (the leftover check shows it).
    [undefined, 'Ủy ban MTTQ Việt Nam …'],
  ])('%j → %s', (organisation, superior) => {
    expect(superiorOf({ organisation })).toBe(superior);
  });
});
