import { describe, expect, it } from 'vitest';
import type { PledgeParty } from './pledge';
import { partiesInSigningOrder, signingOrderWithNewHost } from './signing-order';

function party(id: string, isHost = false): PledgeParty {
  return { id, name: `Phường ${id}`, representative: `Người ${id}`, title: 'Chủ tịch', authorityLine: `TM. Ban Thường trực phường ${id}`, isHost };
}
const ids = (parties: PledgeParty[]) => parties.map((p) => p.id);

describe('partiesInSigningOrder', () => {
  it('follows the signature order, then adds the parties it forgot', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('C')], ['C', 'A']))).toEqual(['C', 'A', 'B']);
  });
  it('keeps the clerk’s order even where the host is not first, ignoring unknown or repeated ids', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('H', true)], ['A', 'x', 'B', 'A', 'H']))).toEqual(['A', 'B', 'H']);
  });
  it('without an order the host signs first, the others in list order', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('H', true)], []))).toEqual(['H', 'A', 'B']);
  });
  it('a forgotten host comes first among the forgotten', () => {
    expect(ids(partiesInSigningOrder([party('A'), party('B'), party('H', true)], ['B']))).toEqual(['B', 'H', 'A']);
  });
});

describe('signingOrderWithNewHost', () => {
  it('moves the new host to the front and keeps the rest of the clerk’s order', () => {
    expect(signingOrderWithNewHost([party('A'), party('B', true), party('C')], ['C', 'A', 'B'])).toEqual(['B', 'C', 'A']);
  });
});
