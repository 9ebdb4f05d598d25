/**
 * Pledge tables as body tables (docs/nd30-rules.md §9.3–9.4): the parties (STT | Tên đơn vị | Người đại
 * diện | Chức vụ) and the commitments (STT | Nội dung, chỉ tiêu | Chỉ tiêu đăng ký | Ghi chú). When
 * targets differ per party, up to PARTY_COLUMNS_MAX parties get a column each (Ghi chú stays last);
 * with more parties each commitment is followed by one row per party ("Đơn vị" | its target), so no
 * column ever gets too narrow for its words and no note is lost. Column widths come from the content
 * (docx/table-widths.ts).
 */
import type { BodyNode } from '../document/body';
import { hasPerPartyTargets, targetFor, type Pledge } from './pledge';

/** More parties than this do not fit as target columns on a portrait page at 13 pt. */
export const PARTY_COLUMNS_MAX = 4;

function cell(type: 'tableHeader' | 'tableCell', value: string, options: { colspan?: number; bold?: boolean; align?: 'center' | 'left' } = {}): BodyNode {
  const text: BodyNode[] = value ? [{ type: 'text', text: value, ...(options.bold ? { marks: [{ type: 'bold' as const }] } : {}) }] : [];
  return {
    type,
    attrs: { colspan: options.colspan ?? 1, rowspan: 1 },
    content: [{ type: 'paragraph', ...(options.align ? { attrs: { textAlign: options.align } } : {}), content: text }],
  };
}

const row = (cells: BodyNode[]): BodyNode => ({ type: 'tableRow', content: cells });

function table(headers: string[], rows: BodyNode[]): BodyNode {
  return { type: 'table', content: [row(headers.map((label) => cell('tableHeader', label))), ...rows] };
}

const plainRow = (values: string[]) => row(values.map((value) => cell('tableCell', value)));

export function partiesTable(pledge: Pick<Pledge, 'parties'>): BodyNode {
  return table(
    ['STT', 'Tên đơn vị', 'Người đại diện', 'Chức vụ'],
    pledge.parties.map((party, index) => plainRow([String(index + 1), party.name, party.representative, party.title])),
  );
}

export function commitmentsTable(pledge: Pick<Pledge, 'parties' | 'commitments'>): BodyNode {
  const number = (index: number) => pledge.commitments[index]?.number || String(index + 1);
  if (!hasPerPartyTargets(pledge.commitments)) {
    return table(
      ['STT', 'Nội dung, chỉ tiêu', 'Chỉ tiêu đăng ký', 'Ghi chú'],
      pledge.commitments.map((commitment, index) => plainRow([number(index), commitment.content, commitment.target, commitment.note])),
    );
  }
  if (pledge.parties.length <= PARTY_COLUMNS_MAX) {
    return table(
      ['STT', 'Nội dung, chỉ tiêu', ...pledge.parties.map((party) => party.name), 'Ghi chú'],
      pledge.commitments.map((commitment, index) => plainRow([number(index), commitment.content, ...pledge.parties.map((party) => targetFor(commitment, party.id)), commitment.note])),
    );
  }
  // A row per party under each commitment: "Đơn vị" names the party, its target beside it.
  const rows = pledge.commitments.flatMap((commitment, index) => [
    row([cell('tableCell', number(index), { align: 'center' }), cell('tableCell', commitment.content, { colspan: 2, bold: true }), cell('tableCell', commitment.note)]),
    ...pledge.parties.map((party) => row([cell('tableCell', ''), cell('tableCell', party.name), cell('tableCell', targetFor(commitment, party.id), { align: 'center' }), cell('tableCell', '')])),
  ]);
  return table(['STT', 'Nội dung, chỉ tiêu / Đơn vị', 'Chỉ tiêu đăng ký', 'Ghi chú'], rows);
}
