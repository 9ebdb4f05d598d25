import { describe, expect, it } from 'vitest';
import { closingLayout } from './closing-layout';
import { kindOf } from './kinds';
import { signatureParties } from '../pledge/signature-layout';
import type { Pledge } from '../pledge/pledge';

const party = (id: string, name: string, representative: string, isHost = false): Pledge['parties'][number] => ({
  id,
  name,
  representative,
  title: 'Chủ tịch',
  authorityLine: 'TM. Ban Thường trực',
  isHost,
});

describe('closingLayout (docs/nd30-rules.md §9.6)', () => {
  const threeParties = signatureParties({
    parties: [party('p1', 'Ủy ban MTTQ Việt Nam phường A', 'Nguyễn Thị Hoa', true), party('p2', 'Hội Cựu chiến binh phường A', 'Phạm Văn Hùng'), party('p3', 'Hội Liên hiệp Phụ nữ phường A', 'Lê Thị Mai')],
    signatureOrder: [],
  });

  it.each(['pledge', 'program'])('a %s with parties signs in the grid only, host first: no separate committee block', (kind) => {
    const layout = closingLayout(kindOf(kind), threeParties);
    expect(layout.layout).toBe('party-grid');
    if (layout.layout !== 'party-grid') return;
    expect(layout.parties.map((signature) => signature.name)).toEqual(['Nguyễn Thị Hoa', 'Phạm Văn Hùng', 'Lê Thị Mai']);
  });

  it('a pledge with one party has it sign beside Nơi nhận, in place of the frame signer', () => {
    const only = threeParties.slice(0, 1);
    expect(closingLayout(kindOf('pledge'), only)).toEqual({ layout: 'signer', party: only[0] });
  });

  it('a pledge without parties yet falls back to the frame signer', () => {
    expect(closingLayout(kindOf('pledge'), [])).toEqual({ layout: 'signer', party: null });
  });

  it('other official kinds ignore parties and sign with the frame signer; an article has its byline', () => {
    expect(closingLayout(kindOf('report'), threeParties)).toEqual({ layout: 'signer', party: null });
    expect(closingLayout(kindOf('article'), threeParties)).toEqual({ layout: 'byline' });
  });
});
