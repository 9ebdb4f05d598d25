import { describe, expect, it } from 'vitest';
import { normaliseBodyTones } from './body-tones';

describe('normaliseBodyTones', () => {
  it('rewrites every text node, keeping structure and marks', () => {
    const body = {
      type: 'doc' as const,
      content: [
        { type: 'heading' as const, attrs: { level: 1 }, content: [{ type: 'text' as const, text: 'Uỷ ban MTTQ' }] },
        {
          type: 'bulletList' as const,
          content: [{ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'hoà giải, Ủy ban', marks: [{ type: 'bold' as const }] }] }] }],
        },
      ],
    };
    expect(normaliseBodyTones(body, 'old')).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Ủy ban MTTQ' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hòa giải, Ủy ban', marks: [{ type: 'bold' }] }] }] }] },
      ],
    });
  });
});
