import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { followedSubtitle, pledgeSubtitle } from './parties-subtitle';

const party = (id: string, name: string, isHost = false): PledgeParty => ({ id, name, representative: '', title: 'Chủ tịch', authorityLine: '', isHost });
const mttq = party('m', 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', true);
const phuNu = party('p', 'Hội Liên hiệp Phụ nữ phường Thanh Xuân');
const nongDan = party('n', 'Hội  Nông dân phường Thanh Xuân ');

describe('the pledge subtitle names its parties', () => {
  it('host first, then the others in list order', () => {
    expect(pledgeSubtitle([phuNu, mttq, nongDan])).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Liên hiệp Phụ nữ phường Thanh Xuân, Hội Nông dân phường Thanh Xuân');
    expect(pledgeSubtitle([mttq, phuNu])).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Liên hiệp Phụ nữ phường Thanh Xuân');
  });
  it('says nothing with fewer than two parties', () => {
    expect(pledgeSubtitle([mttq])).toBe('');
  });
  it('replaces the template’s placeholder or the old subtitle, never the clerk’s own', () => {
    expect(followedSubtitle('Giữa Ủy ban MTTQ Việt Nam các …', [], [mttq, phuNu])).toBe(pledgeSubtitle([mttq, phuNu]));
    expect(followedSubtitle(pledgeSubtitle([mttq, phuNu]), [mttq, phuNu], [mttq, phuNu, nongDan])).toBe(pledgeSubtitle([mttq, phuNu, nongDan]));
    expect(followedSubtitle('Giữa Ủy ban MTTQ Việt Nam phường và các tổ chức thành viên', [mttq, phuNu], [mttq, nongDan])).toBe('Giữa Ủy ban MTTQ Việt Nam phường và các tổ chức thành viên');
  });
});
