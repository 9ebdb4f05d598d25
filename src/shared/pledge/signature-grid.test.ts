import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { layoutSignatureGrid } from './signature-grid';

function party(id: string, isHost = false): PledgeParty {
  return { id, name: `Phường ${id}`, representative: `Người ${id}`, title: 'Chủ tịch', authorityLine: `TM. Ban Thường trực Ủy ban MTTQ Việt Nam phường ${id}`, isHost };
}
const ids = (grid: ReturnType<typeof layoutSignatureGrid>) => grid.rows.map((r) => r.map((c) => c?.partyId ?? null));

describe('layoutSignatureGrid', () => {
  it('puts the first signer top right and fills the rest (§13.3)', () => {
    const grid = layoutSignatureGrid(['A', 'B', 'C', 'D'].map((id) => party(id)), ['A', 'B', 'C', 'D']);
    expect(grid.columnCount).toBe(2);
    expect(ids(grid)).toEqual([['B', 'A'], ['C', 'D']]);
    expect(grid.rows[0]?.[1]?.lines).toEqual(['TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG A', 'CHỦ TỊCH']);
  });
  it('moves the host to the top right whatever the order, pads an odd last row', () => {
    expect(ids(layoutSignatureGrid([party('A'), party('B'), party('H', true)], ['A', 'B', 'H']))).toEqual([['A', 'H'], ['B', null]]);
  });
  it('uses three columns from seven parties', () => {
    const grid = layoutSignatureGrid(['1', '2', '3', '4', '5', '6', '7'].map((id) => party(id)), []);
    expect(grid.columnCount).toBe(3);
    expect(ids(grid)).toEqual([['2', '3', '1'], ['4', '5', '6'], ['7', null, null]]);
  });
  it('one party signs top right', () => {
    expect(ids(layoutSignatureGrid([party('A')], ['A']))).toEqual([[null, 'A']]);
  });
});
