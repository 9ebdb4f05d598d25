/**
 * The trích yếu under "GIAO ƯỚC THI ĐUA NĂM …" names who agrees with whom: "Giữa {host} và {the
 * others}", each by its Tên đơn vị as the parties table prints it, host first, then in list order.
 * Generated with the pledge and kept in step while the clerk has not rewritten it.
 */
import type { PledgeParty } from './pledge';
import { partiesInSigningOrder } from './signing-order';

export function pledgeSubtitle(parties: readonly PledgeParty[]): string {
  const names = partiesInSigningOrder(parties, [])
    .map((party) => party.name.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  if (names.length < 2) return '';
  const [first, ...others] = names;
  return `Giữa ${first} và ${others.join(', ')}`;
}

/** The subtitle after the parties changed: the new one where the draft still reads the old one (or none). */
export function followedSubtitle(summary: string, before: readonly PledgeParty[], after: readonly PledgeParty[]): string {
  const old = pledgeSubtitle(before);
  const next = pledgeSubtitle(after);
  // No subtitle of its own yet: empty, or still the template's "Giữa … các …" (a leftover "…").
  const unwritten = old === '' && (summary.trim() === '' || summary.includes('…'));
  return next && (summary.trim() === old || unwritten) ? next : summary;
}
