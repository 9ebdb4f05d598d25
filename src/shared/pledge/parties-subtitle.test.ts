import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { followedSubtitle, pledgeSubtitle, programmeSubtitle, SUBTITLE_MAX_CHARACTERS } from './parties-subtitle';

const party = (id: string, name: string, isHost = false): PledgeParty => ({ id, name, representative: '', title: 'Chủ tịch', authorityLine: '', isHost });
const mttq = party('m', 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', true);
const phuNu = party('p', 'Hội Liên hiệp Phụ nữ phường Thanh Xuân');
const nongDan = party('n', 'Hội  Nông dân phường Thanh Xuân ');

describe('the pledge subtitle names its parties', () => {
  it('host first, then the others in list order', () => {
    expect(pledgeSubtitle([phuNu, mttq, nongDan])).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Liên hiệp Phụ nữ phường Thanh Xuân, Hội Nông dân phường Thanh Xuân');
    expect(pledgeSubtitle([mttq, phuNu])).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Liên hiệp Phụ nữ phường Thanh Xuân');
  });
  it('names the host and counts the others when naming them all would run past three lines', () => {
    const wards = ['Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn TNCS Hồ Chí Minh', 'Liên đoàn Lao động', 'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Công an', 'Trường Tiểu học', 'Trạm Y tế', 'Ủy ban nhân dân'];
    const twelve = [mttq, ...wards.map((name, index) => party(`o${index}`, `${name} phường Thanh Xuân`))];
    expect(pledgeSubtitle(twelve)).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và 11 cơ quan, tổ chức');
    expect(programmeSubtitle(twelve, '2026')).toBe('Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và 11 cơ quan, tổ chức năm 2026');
    // Four parties still fit: each is named.
    const four = twelve.slice(0, 4);
    expect(pledgeSubtitle(four)).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Liên hiệp Phụ nữ phường Thanh Xuân, Hội Nông dân phường Thanh Xuân, Hội Cựu chiến binh phường Thanh Xuân');
    expect([...pledgeSubtitle(twelve.slice(0, 6))].length).toBeLessThanOrEqual(SUBTITLE_MAX_CHARACTERS);
    // The counted form is still the pledge's own subtitle: it follows the parties.
    expect(followedSubtitle('pledge', pledgeSubtitle(twelve), twelve, twelve.slice(0, 2), '2026')).toBe(pledgeSubtitle(twelve.slice(0, 2)));
  });
  it('says nothing with fewer than two parties', () => {
    expect(pledgeSubtitle([mttq])).toBe('');
  });
  it('replaces the template’s placeholder or the old subtitle, never the clerk’s own', () => {
    expect(followedSubtitle('pledge', 'Giữa Ủy ban MTTQ Việt Nam các …', [], [mttq, phuNu], '2026')).toBe(pledgeSubtitle([mttq, phuNu]));
    expect(followedSubtitle('pledge', pledgeSubtitle([mttq, phuNu]), [mttq, phuNu], [mttq, phuNu, nongDan], '2026')).toBe(pledgeSubtitle([mttq, phuNu, nongDan]));
    expect(followedSubtitle('pledge', 'Giữa Ủy ban MTTQ Việt Nam phường và các tổ chức thành viên', [mttq, phuNu], [mttq, nongDan], '2026')).toBe('Giữa Ủy ban MTTQ Việt Nam phường và các tổ chức thành viên');
  });
});

describe('the programme subtitle names its parties and keeps its year', () => {
  const congAn = party('c', 'Công an phường Thanh Xuân');
  const template = 'Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và các tổ chức thành viên năm 2026';
  it('"Công tác giữa {host} và {the others} năm {year}", nothing under two parties', () => {
    expect(programmeSubtitle([congAn, mttq], '2026')).toBe('Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Công an phường Thanh Xuân năm 2026');
    expect(programmeSubtitle([mttq], '2026')).toBe('');
  });
  it('replaces the template’s wording and its own old subtitle, in the year the subtitle says; never the clerk’s own', () => {
    expect(followedSubtitle('program', template, [], [mttq, congAn], '2026')).toBe(programmeSubtitle([mttq, congAn], '2026'));
    expect(followedSubtitle('program', programmeSubtitle([mttq, congAn], '2027'), [mttq, congAn], [mttq, phuNu], '2026')).toBe(programmeSubtitle([mttq, phuNu], '2027'));
    const own = 'Phối hợp bảo đảm an ninh trật tự trên địa bàn phường năm 2026';
    expect(followedSubtitle('program', own, [mttq, congAn], [mttq, phuNu], '2026')).toBe(own);
    // With fewer than two parties the template's wording stays.
    expect(followedSubtitle('program', template, [], [mttq], '2026')).toBe(template);
  });
});
