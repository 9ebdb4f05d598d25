/**
 * A pledge's body as it prints (docs/nd30-rules.md §9.3–9.4): the parties table after the opening prose
 * (before the first heading), the commitments table at the end of the "II. NỘI DUNG …" section (in
 * place of the template's placeholder table), or at the end when there is none. Used by the Word
 * export and the "Văn bản" view on screen.
 */
import type { BodyDoc, BodyNode } from '../document/body';
import type { Pledge } from './pledge';
import { commitmentsTable, partiesTable } from './pledge-table';

/** Level-2 heading ("II. NỘI DUNG …") under which the commitments table goes (§9.4). */
function isContentHeading(node: BodyNode): boolean {
  if (node.type !== 'heading' || node.attrs?.['level'] !== 2) return false;
  const heading = (node.content ?? []).map((child) => child.text ?? '').join('').toLocaleUpperCase('vi');
  return heading.includes('NỘI DUNG');
}

export function pledgeBody(document: { body: BodyDoc }, pledge: Pick<Pledge, 'parties' | 'commitments'>): BodyDoc {
  const content = [...document.body.content];
  const parties = pledge.parties.length ? [partiesTable(pledge)] : [];
  const commitments = pledge.commitments.length ? [commitmentsTable(pledge)] : [];
  const firstHeading = content.findIndex((node) => node.type === 'heading');
  const contentHeading = content.findIndex(isContentHeading);
  let commitmentsAt = content.length;
  let replaced = 0;
  if (contentHeading >= 0) {
    const next = content.findIndex((node, index) => index > contentHeading && node.type === 'heading' && Number(node.attrs?.['level']) <= 2);
    const end = next < 0 ? content.length : next;
    // The template's placeholder criteria table in that section gives way to the real one.
    const placeholder = content.findIndex((node, index) => index > contentHeading && index < end && node.type === 'table');
    commitmentsAt = placeholder >= 0 && commitments.length ? placeholder : end;
    replaced = placeholder >= 0 && commitments.length ? 1 : 0;
  }
  content.splice(commitmentsAt, replaced, ...commitments);
  content.splice(firstHeading < 0 ? content.length : firstHeading, 0, ...parties);
  return { type: 'doc', content };
}
