/**
 * Word's clipboard HTML writes a list as paragraphs: `<p class=MsoListParagraphCxSpFirst
 * style='mso-list:l0 level1 lfo1'>`, the number or bullet as literal text inside
 * `<span style='mso-list:Ignore'>` (shown only by browsers without list support). These helpers
 * read the marker and turn runs of such paragraphs back into real nested lists.
 */
import type { BodyNode } from '../../shared/document/body';

export interface WordListInfo {
  level: number;
  marker: string;
}

export type ListKind = { type: 'bulletList' } | { type: 'orderedList'; start: number; style: '1' | 'a' | 'A' | 'i' | 'I' };

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(text: string): number | null {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const value = ROMAN_VALUES[lower[index] as string] ?? 0;
    const next = ROMAN_VALUES[lower[index + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

/** "1." → ordered from 1, "c)" → ordered a-style from 3, "IV." → roman from 4, "·" or "-" → bullets. */
export function classifyMarker(marker: string): ListKind {
  const core = marker.trim().replace(/^\(/, '').replace(/[.)]$/, '');
  if (/^\d{1,4}$/.test(core)) return { type: 'orderedList', start: Number(core), style: '1' };
  // Letters count only with their "." or ")": a bare "o" or "§" is a bullet glyph (Courier New, Wingdings).
  if (core !== marker.trim()) {
    // Single i/v/x letters are read as letters ("i)" after "h)"), longer runs of roman digits as roman.
    const roman = core.length > 1 ? romanValue(core) : null;
    if (roman) return { type: 'orderedList', start: roman, style: core === core.toUpperCase() ? 'I' : 'i' };
    if (/^[a-zA-Z]$/.test(core)) {
      const start = core.toLowerCase().charCodeAt(0) - 96;
      return { type: 'orderedList', start, style: core === core.toLowerCase() ? 'a' : 'A' };
    }
  }
  return { type: 'bulletList' };
}

/** A literal marker typed at the start of a "List Paragraph" ("1. ", "a) ", "- ", "• "). */
export const LITERAL_MARKER = /^\s*((?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,5})[.)])|[-•·▪◦●■§])\s+/;

function listNode(kind: ListKind): BodyNode {
  if (kind.type === 'bulletList') return { type: 'bulletList', content: [] };
  const attrs: Record<string, number | string | null> = { start: kind.start };
  attrs.type = kind.style === '1' ? null : kind.style;
  return { type: 'orderedList', attrs, content: [] };
}

interface OpenList {
  level: number;
  kind: ListKind['type'];
  node: BodyNode;
}

/**
 * Replaces each run of list paragraphs (those with info) by nested lists: a deeper level opens a
 * list inside the previous item, a change between numbers and bullets at one level starts a new list.
 */
export function groupWordLists(blocks: BodyNode[], infoOf: (node: BodyNode) => WordListInfo | undefined): BodyNode[] {
  const out: BodyNode[] = [];
  let stack: OpenList[] = [];
  for (const block of blocks) {
    const info = infoOf(block);
    if (!info) {
      stack = [];
      out.push(block);
      continue;
    }
    const kind = classifyMarker(info.marker);
    while (stack.length && (stack[stack.length - 1] as OpenList).level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === info.level && top.kind !== kind.type) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < info.level) {
      const opened: OpenList = { level: info.level, kind: kind.type, node: listNode(kind) };
      if (top) {
        const items = top.node.content as BodyNode[];
        let lastItem = items[items.length - 1];
        if (!lastItem) {
          lastItem = { type: 'listItem', content: [{ type: 'paragraph' }] };
          items.push(lastItem);
        }
        (lastItem.content as BodyNode[]).push(opened.node);
      } else {
        out.push(opened.node);
      }
      stack.push(opened);
      top = opened;
    }
    const item: BodyNode = { type: 'listItem', content: [{ ...block, type: 'paragraph', attrs: undefined }] };
    (top.node.content as BodyNode[]).push(item);
  }
  return out.map(stripUndefinedAttrs);
}

function stripUndefinedAttrs(node: BodyNode): BodyNode {
  const copy: BodyNode = { ...node };
  if (copy.attrs === undefined) delete copy.attrs;
  if (copy.content) copy.content = copy.content.map(stripUndefinedAttrs);
  return copy;
}
