import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { partiesInSigningOrder } from './signing-order';

function party(id: string, isHost = false): PledgeParty {
  return { id, name: `Phường ${id}`, representative: `Người ${id}`, title: 'Chủ tịch', authorityLine: `TM. Ban Thường trực phường ${id}`, isHost };
}
const ids = (parties: PledgeParty[]) => parties.map((p) => p.id);

describe('partiesInSigningOrder', () => {
  it('follows the signature order, then adds the parties it forgot', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('C')], ['C', 'A']))).toEqual(['C', 'A', 'B']);
  });
  it('moves the host to the front whatever the order, and ignores unknown or repeated ids', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('H', true)], ['A', 'x', 'B', 'A', 'H']))).toEqual(['H', 'A', 'B']);
  });
});
