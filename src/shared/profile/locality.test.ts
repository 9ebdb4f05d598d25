import { describe, expect, it } from 'vitest';
import { localityOf } from './locality';

describe('the committee level and place as running text reads them (docs/nd30-rules.md §8.4)', () => {
  it.each([
    ['Ủy ban MTTQ Việt Nam phường Thanh Xuân', 'Thanh Xuân', 'phường Thanh Xuân'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập', 'Tân Lập', 'xã Tân Lập'],
    ['Ủy ban MTTQ Việt Nam thị xã Sơn Tây', 'Sơn Tây', 'thị xã Sơn Tây'],
    ['Ủy ban MTTQ Việt Nam thành phố Hà Nội', 'Hà Nội', 'thành phố Hà Nội'],
    ['Ủy ban MTTQ Việt Nam đặc khu Phú Quốc', 'Phú Quốc', 'đặc khu Phú Quốc'],
    // A place whose name holds a level word keeps it: the first lower-case level word is the level.
    ['Ủy ban MTTQ Việt Nam phường Xã Đàn', 'Xã Đàn', 'phường Xã Đàn'],
    ['Ủy ban MTTQ Việt Nam  quận   Ba Đình', 'Ba Đình', 'quận Ba Đình'],
    // No level word: the place alone.
    ['Ủy ban MTTQ Việt Nam', 'Thanh Xuân', 'Thanh Xuân'],
    ['', '', ''],
  ])('%s → %s', (orgName, place, locality) => {
    expect(localityOf({ orgName, place })).toBe(locality);
  });
});
