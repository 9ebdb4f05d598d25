import { describe, expect, it } from 'vitest';
import { isPartyBlock, pasteParties, type PartyRow } from './party-paste';

const blank: PartyRow = { name: '', representative: '', title: '', authorityLine: '', isHost: false };
const host: PartyRow = { id: 'p1', name: 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', representative: 'Nguyễn Thị Thu', title: 'Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: true };

describe('pasting parties from Excel', () => {
  it('fills the empty row pasted into and adds the other lines after it, all four columns', () => {
    const text = 'Hội Cựu chiến binh phường\tPhạm Quốc Bảo\tChủ tịch\tTM. BAN CHẤP HÀNH\r\nĐoàn Thanh niên phường\tVũ Đức Anh\tBí thư\tTM. BAN CHẤP HÀNH\r\n';
    const out = pasteParties([host, blank], 1, 'name', text);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(host);
    expect(out[1]).toEqual({ ...blank, name: 'Hội Cựu chiến binh phường', representative: 'Phạm Quốc Bảo', title: 'Chủ tịch', authorityLine: 'TM. BAN CHẤP HÀNH' });
    expect(out[2]!.name).toBe('Đoàn Thanh niên phường');
  });

  it('never overwrites a party: a paste onto a filled row comes in after it', () => {
    const out = pasteParties([host], 0, 'name', 'Hội Nông dân\tĐỗ Văn Bình\n');
    expect(out.map((row) => row.name)).toEqual([host.name, 'Hội Nông dân']);
    expect(out[1]!.title).toBe('');
  });

  it('starts at the column pasted into', () => {
    const out = pasteParties([{ ...blank, name: 'Hội Phụ nữ' }], 0, 'representative', 'Hoàng Thị Mai\tChủ tịch\n');
    expect(out).toEqual([{ ...blank, name: 'Hội Phụ nữ', representative: 'Hoàng Thị Mai', title: 'Chủ tịch' }]);
  });

  it('a single value is typing, not a block', () => {
    expect(isPartyBlock('Hội Nông dân')).toBe(false);
    expect(isPartyBlock('Hội Nông dân\n')).toBe(false);
    expect(isPartyBlock('a\tb')).toBe(true);
    expect(isPartyBlock('a\nb')).toBe(true);
  });
});
