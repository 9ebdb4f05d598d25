/**
 * Kính gửi (ô 9a, ND30 PL I §II.9.a; docs/nd30-rules.md §16): "Kính gửi:" and one addressee on the
 * same line; several addressees each on a line of their own under it, "- …;", the last ending ".",
 * the dashes standing under the colon. The clerk types one addressee per line in any way ("- A;",
 * "Kính gửi: A", blank lines); the printed lines are the rule's. The sheet, Word (the frame field and
 * each giấy mời's page) and the CLI all draw these lines.
 */
import { cleanFrameLine } from './legal-bases';

export const ADDRESSEE_LABEL = 'Kính gửi';

const TYPED_LABEL = /^kính\s+gửi\s*:?\s*/iu;

/** The addressees as they print, without label, marks or end punctuation; duplicates once. */
export function addresseeItems(addressees: readonly string[] | undefined): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const raw of (addressees ?? []).flatMap((line) => line.split(/\r?\n/))) {
    const line = cleanFrameLine(cleanFrameLine(raw).replace(TYPED_LABEL, ''));
    const key = line.toLocaleLowerCase('vi');
    if (!line || seen.has(key)) continue;
    seen.add(key);
    items.push(line);
  }
  return items;
}

export interface AddresseeBlock {
  /** "Kính gửi: Ủy ban nhân dân phường" with one addressee; "Kính gửi:" with several. */
  lead: string;
  /** With several: "- A;", "- B." each under the colon; empty with one. */
  items: string[];
}

/** null when the document names no addressee. */
export function addresseeBlock(addressees: readonly string[] | undefined): AddresseeBlock | null {
  const items = addresseeItems(addressees);
  if (items.length === 0) return null;
  if (items.length === 1) return { lead: `${ADDRESSEE_LABEL}: ${items[0]}`, items: [] };
  return { lead: `${ADDRESSEE_LABEL}:`, items: items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`) };
}

/** The block as plain lines (the CLI's "show"). */
export function addresseeLines(block: AddresseeBlock | null): string[] {
  return block ? [block.lead, ...block.items] : [];
}
