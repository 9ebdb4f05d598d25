/**
 * Where each party signs in the grid of a pledge/programme (docs/nd30-rules.md §9.5): 2 columns up to 6
 * parties, 3 from 7; the first in signing order (Thứ tự ký; the host by default) top right, the others
 * left to right, top to bottom. The Word export (docx/signature-grid.ts) and the "Văn bản" view on
 * screen both lay the grid out here.
 */
import type { Pledge } from './pledge';
import { authorityLineOnce } from '../document/signing-authority';
import { normaliseToneStyle } from '../text/tone-style';
import { partiesInSigningOrder } from './signing-order';

/** 2 columns up to 6 parties, 3 from 7 (docs/nd30-rules.md §9.5). */
export function gridColumnCount(partyCount: number): number {
  return partyCount >= 7 ? 3 : 2;
}

/**
 * Cell order of the parties: the host takes the last cell of the first row; the others fill the
 * remaining cells left to right, top to bottom. Returns rows of party indices (null = empty cell).
 */
export function gridLayout(partyCount: number): Array<Array<number | null>> {
  if (partyCount === 0) return [];
  const columns = gridColumnCount(partyCount);
  const rowCount = Math.ceil(partyCount / columns);
  const rows: Array<Array<number | null>> = Array.from({ length: rowCount }, () => Array<number | null>(columns).fill(null));
  const firstRow = rows[0] as Array<number | null>;
  firstRow[columns - 1] = 0;
  let next = 1;
  for (const row of rows) {
    for (let column = 0; column < columns && next < partyCount; column++) {
      if (row[column] === null) row[column] = next++;
    }
  }
  return rows;
}


export interface PartySignature {
  /** Upper case, one or more lines: "TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG A". */
  authorityLine: string;
  /** Chức vụ in capitals, e.g. "CHỦ TỊCH". */
  title: string;
  name: string;
}

/**
 * Each party's signature block in signing order. A block says which unit it signs for: when the
 * clerk's authority line ("TM. Ban Thường trực") does not name the unit, the unit's name follows it
 * on its own line, as on a signed pledge; an empty line is left out.
 */
export function signatureParties(pledge: Pick<Pledge, 'parties' | 'signatureOrder'>): PartySignature[] {
  const upper = (line: string) => line.trim().toLocaleUpperCase('vi');
  // "Does the line name the unit?" whatever the spacing, line breaks or tone placement (ỦY / UỶ).
  const comparable = (line: string) => normaliseToneStyle(line.replace(/\s+/gu, ' '), 'old');
  return partiesInSigningOrder(pledge.parties, pledge.signatureOrder).map((party) => {
    const authority = authorityLineOnce(party.authorityLine);
    const unit = authorityLineOnce(party.name);
    const authorityLine = authority && unit && !comparable(authority).includes(comparable(unit)) ? `${authority}\n${unit}` : authority || unit;
    const [first = '', title = ''] = [authorityLine, upper(party.title)].filter(Boolean);
    return { authorityLine: first, title, name: party.representative.trim() };
  });
}
