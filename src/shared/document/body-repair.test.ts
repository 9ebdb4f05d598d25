import { describe, expect, it } from 'vitest';
import { BodyDoc } from './body';
import { repairBody } from './body-repair';

describe('repairBody: what the editor refuses to open is repaired, nothing else changes', () => {
  it('drops empty text nodes, keeps the words around them', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }, { type: 'text', text: 'Hội nghị' }, { type: 'text', text: '' }] }],
    };
    expect(repairBody(body)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị' }] }] });
  });

  it('gives an empty table cell a paragraph (a cell holding only an empty text run too)', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
                { type: 'tableCell', content: [] },
                { type: 'tableHeader' },
              ],
            },
          ],
        },
      ],
    };
    const row = repairBody(body).content[0]?.content?.[0];
    expect(row?.content).toEqual([
      { type: 'tableCell', content: [{ type: 'paragraph' }] },
      { type: 'tableCell', content: [{ type: 'paragraph' }] },
      { type: 'tableHeader', content: [{ type: 'paragraph' }] },
    ]);
  });

  it('returns the very same object when the body is sound', () => {
    const body: BodyDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đủ' }] }, { type: 'paragraph' }] };
    expect(repairBody(body)).toBe(body);
  });

  it('is applied by the BodyDoc schema, so the store never keeps an empty text node', () => {
    const parsed = BodyDoc.parse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] });
    expect(parsed).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
