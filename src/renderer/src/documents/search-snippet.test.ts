import { describe, expect, it } from 'vitest';
import { snippetParts } from './search-snippet';

describe('snippetParts', () => {
  it('keeps the spaces between and around marked words', () => {
    expect(snippetParts('phường <mark>Thanh</mark> <mark>Xuân</mark> tổ chức')).toEqual([
      { text: 'phường ', marked: false },
      { text: 'Thanh', marked: true },
      { text: ' ', marked: false },
      { text: 'Xuân', marked: true },
      { text: ' tổ chức', marked: false },
    ]);
  });

  it('decodes entities into text, so markup stays text', () => {
    expect(snippetParts('a &lt;b&gt; &amp; <mark>c&quot;</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'c"', marked: true },
    ]);
  });
});
