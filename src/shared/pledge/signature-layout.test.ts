import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { signatureParties } from './signature-layout';

const party = (id: string, name: string, authorityLine: string, isHost = false): PledgeParty => ({ id, name, representative: ` Người ${id} `, title: 'Chủ tịch', authorityLine, isHost });

describe('signature blocks', () => {
  it.each<[string, PledgeParty, string]>([
    ['adds the unit under an authority line that does not name it', party('a', 'Ủy ban MTTQ Việt Nam phường Khương Đình', 'TM. Ban Thường trực'), 'TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG KHƯƠNG ĐÌNH'],
    ['keeps an authority line that names the unit', party('b', 'Hội Nông dân phường', 'TM. Ban Thường vụ Hội Nông dân phường'), 'TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN PHƯỜNG'],
    ['the unit alone without an authority line', party('c', 'Đoàn Thanh niên phường', ''), 'ĐOÀN THANH NIÊN PHƯỜNG'],
  ])('%s', (_name, input, expected) => {
    expect(signatureParties({ parties: [input], signatureOrder: [] })).toEqual([{ authorityLine: expected, title: 'CHỦ TỊCH', name: `Người ${input.id}` }]);
  });
  it.each<[string, string, string]>([
    ['the prefix typed twice', 'TM. TM. Ban Thường trực', 'TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG A'],
    ['the unit typed with the other tone placement and extra spaces', 'tm.  UỶ BAN MTTQ  VIỆT NAM PHƯỜNG A', 'TM. UỶ BAN MTTQ VIỆT NAM PHƯỜNG A'],
  ])('names the authority once: %s', (_name, authorityLine, expected) => {
    const input = party('a', 'Ủy ban MTTQ Việt Nam phường A', authorityLine);
    expect(signatureParties({ parties: [input], signatureOrder: [] })[0]?.authorityLine).toBe(expected);
  });
  it('puts the host first when the clerk set no order', () => {
    const parties = [party('a', 'A', ''), party('b', 'B', '', true)];
    expect(signatureParties({ parties, signatureOrder: [] }).map((block) => block.authorityLine)).toEqual(['B', 'A']);
  });
  it('follows the order the clerk set (Thứ tự ký), the host included', () => {
    const parties = [party('a', 'A', ''), party('b', 'B', '', true), party('c', 'C', '')];
    expect(signatureParties({ parties, signatureOrder: ['c', 'a', 'b'] }).map((block) => block.authorityLine)).toEqual(['C', 'A', 'B']);
  });
});
