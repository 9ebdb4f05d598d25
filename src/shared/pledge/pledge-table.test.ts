/** Commitments tables never drop a column or a note, whatever the number of parties with their own targets. */
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../document/body';
import type { Pledge } from './pledge';
import { commitmentsTable, PARTY_COLUMNS_MAX } from './pledge-table';

function pledge(partyCount: number): Pledge {
  const parties = Array.from({ length: partyCount }, (_, index) => ({ id: `p${index}`, name: `Ủy ban MTTQ Việt Nam phường ${index + 1}`, representative: '', title: '', authorityLine: '', isHost: index === 0 }));
  const commitments = ['Vận động Quỹ "Vì người nghèo"', 'Tỷ lệ gia đình văn hóa'].map((content, index) => ({
    id: `c${index}`, number: `${index + 1}`, content, target: '', note: `Ghi chú ${index + 1}`,
    targetsByParty: Object.fromEntries(parties.map((party, k) => [party.id, `${90 + k}%`])),
  }));
  return { id: '01900000-0000-7000-8000-000000000001', documentId: '01900000-0000-7000-8000-000000000002', parties, commitments, signatureOrder: parties.map((party) => party.id), updatedAt: '' };
}

const texts = (node: BodyNode): string[] => (node.text ? [node.text] : (node.content ?? []).flatMap(texts));
const header = (table: BodyNode) => (table.content?.[0]?.content ?? []).map((cell) => texts(cell).join(''));

describe('commitments table with per-party targets', () => {
  it(`gives up to ${PARTY_COLUMNS_MAX} parties a column each, Ghi chú kept last`, () => {
    const table = commitmentsTable(pledge(PARTY_COLUMNS_MAX));
    expect(header(table)).toEqual(['STT', 'Nội dung, chỉ tiêu', 'Ủy ban MTTQ Việt Nam phường 1', 'Ủy ban MTTQ Việt Nam phường 2', 'Ủy ban MTTQ Việt Nam phường 3', 'Ủy ban MTTQ Việt Nam phường 4', 'Ghi chú']);
    expect(texts(table)).toContain('Ghi chú 2');
  });

  it('lays more parties out as a row per party under each commitment, 4 columns, every note and target kept', () => {
    const table = commitmentsTable(pledge(12));
    expect(header(table)).toEqual(['STT', 'Nội dung, chỉ tiêu / Đơn vị', 'Chỉ tiêu đăng ký', 'Ghi chú']);
    expect(table.content).toHaveLength(1 + 2 * 13);
    const all = texts(table);
    expect(all).toEqual(expect.arrayContaining(['Ghi chú 1', 'Ghi chú 2', 'Ủy ban MTTQ Việt Nam phường 12', '101%']));
    for (const row of table.content ?? []) {
      const width = (row.content ?? []).reduce((sum, cell) => sum + Number(cell.attrs?.['colspan'] ?? 1), 0);
      expect(width).toBe(4);
    }
  });
});
