/**
 * The order parties sign a pledge in (docs/nd30-rules.md §9.5): the clerk's signatureOrder (Thứ tự
 * ký) as set, then any party it does not name, the host first among them. So a new pledge signs host
 * first (top right), and a clerk who moves the host down is obeyed on paper and on screen alike.
 */
import type { PledgeParty } from './pledge';

export function partiesInSigningOrder(parties: readonly PledgeParty[], signatureOrder: readonly string[]): PledgeParty[] {
  const byId = new Map(parties.map((party) => [party.id, party]));
  const ordered: PledgeParty[] = [];
  for (const id of signatureOrder) {
    const party = byId.get(id);
    if (party && !ordered.includes(party)) ordered.push(party);
  }
  const rest = parties.filter((party) => !ordered.includes(party));
  const hostIndex = rest.findIndex((party) => party.isHost);
  if (hostIndex > 0) rest.unshift(...rest.splice(hostIndex, 1));
  return [...ordered, ...rest];
}

/**
 * Choosing another host (Chủ trì) puts it first in the signing order, the others keeping theirs: the
 * event form has no order of its own, and the pledge editor shows the new order at once.
 */
export function signingOrderWithNewHost(parties: readonly PledgeParty[], signatureOrder: readonly string[]): string[] {
  const ids = partiesInSigningOrder(parties, signatureOrder).map((party) => party.id);
  const host = parties.find((party) => party.isHost);
  return host ? [host.id, ...ids.filter((id) => id !== host.id)] : ids;
}
