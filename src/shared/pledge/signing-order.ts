/**
 * The order parties sign a pledge in (docs/nd30-rules.md, "Signature grid"): the clerk's
 * signatureOrder, then any party it forgot; the host first, so the Word grid puts it top right.
 */
import type { PledgeParty } from './pledge';

export function partiesInSigningOrder(parties: readonly PledgeParty[], signatureOrder: readonly string[]): PledgeParty[] {
  const byId = new Map(parties.map((party) => [party.id, party]));
  const ordered: PledgeParty[] = [];
  for (const id of signatureOrder) {
    const party = byId.get(id);
    if (party && !ordered.includes(party)) ordered.push(party);
  }
  for (const party of parties) if (!ordered.includes(party)) ordered.push(party);
  const hostIndex = ordered.findIndex((party) => party.isHost);
  if (hostIndex > 0) ordered.unshift(...ordered.splice(hostIndex, 1));
  return ordered;
}
