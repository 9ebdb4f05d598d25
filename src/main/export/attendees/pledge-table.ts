/**
 * Pledge tables as body tables (nd30-format.md §9.3–9.4): the parties (STT | Tên đơn vị | Người đại
 * diện | Chức vụ) and the commitments (STT | Nội dung, chỉ tiêu | Chỉ tiêu đăng ký | Ghi chú), with one
 * target column per party when targets differ. Widths are editor px; 600 px fits the portrait text
 * width (the Word export turns a wider table landscape).
 */
import type { BodyNode } from '../../../shared/document/body';
import { hasPerPartyTargets, targetFor, type Pledge } from '../../../shared/pledge/pledge';

function cell(type: 'tableHeader' | 'tableCell', value: string, widthPx?: number): BodyNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, ...(widthPx ? { colwidth: [widthPx] } : {}) },
    content: [{ type: 'paragraph', content: value ? [{ type: 'text', text: value }] : [] }],
  };
}

function table(headers: Array<[string, number]>, rows: string[][]): BodyNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: headers.map(([label, width]) => cell('tableHeader', label, width)) },
      ...rows.map((values) => ({ type: 'tableRow' as const, content: values.map((value) => cell('tableCell', value)) })),
    ],
  };
}

export function partiesTable(pledge: Pledge): BodyNode {
  return table(
    [['STT', 40], ['Tên đơn vị', 250], ['Người đại diện', 160], ['Chức vụ', 150]],
    pledge.parties.map((party, index) => [String(index + 1), party.name, party.representative, party.title]),
  );
}

export function commitmentsTable(pledge: Pledge): BodyNode {
  const perParty = hasPerPartyTargets(pledge.commitments);
  if (!perParty) {
    return table(
      [['STT', 40], ['Nội dung, chỉ tiêu', 360], ['Chỉ tiêu đăng ký', 120], ['Ghi chú', 80]],
      pledge.commitments.map((commitment, index) => [commitment.number || String(index + 1), commitment.content, commitment.target, commitment.note]),
    );
  }
  return table(
    [['STT', 40], ['Nội dung, chỉ tiêu', 300], ...pledge.parties.map((party): [string, number] => [party.name, 100])],
    pledge.commitments.map((commitment, index) => [commitment.number || String(index + 1), commitment.content, ...pledge.parties.map((party) => targetFor(commitment, party.id))]),
  );
}
