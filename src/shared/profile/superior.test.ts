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
    // The bare name a clerk types in "Thuộc tỉnh, thành phố": its level word added, never "Ủy ban MTTQ Việt Nam Hà Nội".
    [ward('Hà Nội'), 'Ủy ban MTTQ Việt Nam thành phố Hà Nội'],
    [ward('Huế'), 'Ủy ban MTTQ Việt Nam thành phố Huế'],
    [ward(' Hồ  Chí Minh'), 'Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh'],
    [ward('TP. Hồ Chí Minh'), 'Ủy ban MTTQ Việt Nam thành phố Hồ Chí Minh'],
    [ward('TP Hải Phòng'), 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng'],
    [ward('Nghệ An'), 'Ủy ban MTTQ Việt Nam tỉnh Nghệ An'],
    // Either tone style, and without marks.
    [ward('Thanh Hoá'), 'Ủy ban MTTQ Việt Nam tỉnh Thanh Hoá'],
    [ward('Khánh Hòa'), 'Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa'],
    [ward('Da Nang'), 'Ủy ban MTTQ Việt Nam thành phố Da Nang'],
    // A name that is not one of the 34 is printed as typed: the app does not guess its level.
    [ward('Hà Giang'), 'Ủy ban MTTQ Việt Nam Hà Giang'],
    // A province's own committee reports to the central one.
    [{ unitKind: 'thành phố', unitName: 'Hà Nội', province: '' } satisfies Organisation, 'Ủy ban Trung ương MTTQ Việt Nam'],
    [{ unitKind: 'tỉnh', unitName: 'Nghệ An', province: '' } satisfies Organisation, 'Ủy ban Trung ương MTTQ Việt Nam'],
    // A profile from before the organisation was asked: left for the clerk (the leftover check shows it).
    [undefined, 'Ủy ban MTTQ Việt Nam …'],
  ])('%j → %s', (organisation, superior) => {
    expect(superiorOf({ organisation })).toBe(superior);
  });
});
