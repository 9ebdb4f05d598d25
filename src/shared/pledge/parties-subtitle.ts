/**
 * The trích yếu of a pledge or programme names who agrees with whom, each by its Tên đơn vị as the
 * parties table prints it, host first, then in list order: "Giữa {host} và {the others}" under
 * "GIAO ƯỚC THI ĐUA", "Công tác giữa {host} và {the others} năm {year}" under "CHƯƠNG TRÌNH PHỐI HỢP".
 * Generated with the document and kept in step while the clerk has not rewritten it.
 * A trích yếu is one short phrase, wrapped onto 2–3 centred lines at most (docs/nd30-rules.md §9.5): when
 * naming every party would run longer, it names the host and counts the others ("… và 11 cơ quan, tổ
 * chức"); the parties table and the signature grid still name each.
 */
import type { PledgeParty } from './pledge';
import { partiesInSigningOrder } from './signing-order';

export type PartiesDocumentKind = 'pledge' | 'program';

/** Three centred lines of bold 14 pt on a 16 cm text width hold about this many characters. */
export const SUBTITLE_MAX_CHARACTERS = 200;

/** "{host} và {the others}" (or "{host} và {n} cơ quan, tổ chức" past three lines), '' with fewer than two parties. */
function betweenWords(parties: readonly PledgeParty[], wrap: (between: string) => string): string {
  const names = partiesInSigningOrder(parties, [])
    .map((party) => party.name.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  if (names.length < 2) return '';
  const [first, ...others] = names;
  const named = wrap(`${first} và ${others.join(', ')}`);
  return [...named].length <= SUBTITLE_MAX_CHARACTERS ? named : wrap(`${first} và ${others.length} cơ quan, tổ chức`);
}

export function pledgeSubtitle(parties: readonly PledgeParty[]): string {
  return betweenWords(parties, (between) => `Giữa ${between}`);
}

export function programmeSubtitle(parties: readonly PledgeParty[], year: string): string {
  return betweenWords(parties, (between) => `Công tác giữa ${between} năm ${year}`);
}

export function partiesSubtitle(kind: PartiesDocumentKind, parties: readonly PledgeParty[], year: string): string {
  return kind === 'pledge' ? pledgeSubtitle(parties) : programmeSubtitle(parties, year);
}

// The programme template's own words (templates/chuong-trinh-phoi-hop.json): true of no parties in particular.
const PROGRAMME_TEMPLATE_SUBTITLE = /^Công tác giữa .+ và các tổ chức thành viên năm \d{4}$/u;

/**
 * The subtitle after the parties changed: the new one where the draft still reads the old one (or
 * none of its own). A programme keeps the year its subtitle says (the facts sync moves it); `year`
 * serves when the subtitle says none.
 */
export function followedSubtitle(kind: PartiesDocumentKind, summary: string, before: readonly PledgeParty[], after: readonly PledgeParty[], year: string): string {
  const said = summary.trim();
  const ofSubtitle = /năm (\d{4})$/u.exec(said)?.[1] ?? year;
  const old = partiesSubtitle(kind, before, ofSubtitle);
  const next = partiesSubtitle(kind, after, ofSubtitle);
  // No subtitle of its own yet: empty, a template's placeholder ("Giữa … các …"), or the programme template's wording.
  const unwritten = old === '' && (said === '' || said.includes('…') || (kind === 'program' && PROGRAMME_TEMPLATE_SUBTITLE.test(said)));
  return next && (said === old || unwritten) ? next : summary;
}
