/**
 * The signature grid of a pledge (nd30-format.md §9.5, §13.3 [INFER]): two columns for up to six
 * parties, three from seven; the host (or the first in signing order) in the top-right cell, the
 * others left to right, top to bottom; an odd last row padded with empty cells.
 */
import type { PledgeParty } from './pledge';

export const TWO_COLUMN_MAX_PARTIES = 6;

export interface SignatureCell {
  /** "TM. BAN THƯỜNG TRỰC …" upper case, then the title upper case, then the name. */
  lines: string[];
  name: string;
  partyId: string;
}

export interface SignatureGrid {
  columnCount: number;
  rows: Array<Array<SignatureCell | null>>;
}

/** Parties in signing order: signatureOrder first, then any party it forgot; the host moves to the front. */
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

export function signatureCell(party: PledgeParty): SignatureCell {
  const lines = [party.authorityLine, party.title].map((line) => line.trim().toLocaleUpperCase('vi')).filter(Boolean);
  return { lines, name: party.representative.trim(), partyId: party.id };
}

export function layoutSignatureGrid(parties: readonly PledgeParty[], signatureOrder: readonly string[]): SignatureGrid {
  const ordered = partiesInSigningOrder(parties, signatureOrder).map(signatureCell);
  const columnCount = ordered.length > TWO_COLUMN_MAX_PARTIES ? 3 : 2;
  if (ordered.length === 0) return { columnCount, rows: [] };
  // The first signer takes the top-right cell; the rest fill left to right, top to bottom (§9.5).
  const [first, ...rest] = ordered as [SignatureCell, ...SignatureCell[]];
  const slots: Array<SignatureCell | null> = [...rest.slice(0, columnCount - 1), first, ...rest.slice(columnCount - 1)];
  // With a single party the first row is [null, first] (top right), as in a one-signer document.
  while (slots.length < columnCount) slots.unshift(null);
  while (slots.length % columnCount !== 0) slots.push(null);
  const rows: Array<Array<SignatureCell | null>> = [];
  for (let index = 0; index < slots.length; index += columnCount) rows.push(slots.slice(index, index + columnCount));
  return { columnCount, rows };
}
