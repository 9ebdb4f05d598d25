/**
 * Building blocks for htmlToBody: inline runs with their marks gathered into paragraphs and
 * headings, split where a block (an image, a table) interrupts them, with browser-like whitespace.
 */
import type { BodyMark, BodyNode } from '../../shared/document/body';
import { toNfc } from '../../shared/text/nfc';
import type { WordListInfo } from './word-list';

export interface InlineState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href: string | null;
  align: string | null;
}

export function marksOf(state: InlineState): BodyMark[] | undefined {
  const marks: BodyMark[] = [];
  if (state.href) marks.push({ type: 'link', attrs: { href: state.href } });
  if (state.bold) marks.push({ type: 'bold' });
  if (state.italic) marks.push({ type: 'italic' });
  if (state.underline) marks.push({ type: 'underline' });
  return marks.length ? marks : undefined;
}

/** Collects inline runs into paragraphs and blocks into a list, splitting a paragraph at an image. */
export class BlockCollector {
  readonly blocks: BodyNode[] = [];
  private inline: BodyNode[] = [];
  private pendingType: 'paragraph' | 'heading' = 'paragraph';
  private pendingAttrs: Record<string, string | number | null> = {};
  private pendingList: WordListInfo | undefined;

  constructor(private readonly lists: WeakMap<BodyNode, WordListInfo>) {}

  open(type: 'paragraph' | 'heading', attrs: Record<string, string | number | null>, list?: WordListInfo): void {
    this.flush();
    this.pendingType = type;
    this.pendingAttrs = attrs;
    this.pendingList = list;
  }

  addText(text: string, state: InlineState): void {
    if (!text) return;
    const marks = marksOf(state);
    const last = this.inline[this.inline.length - 1];
    if (last?.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(marks)) {
      last.text = (last.text ?? '') + text;
      return;
    }
    const node: BodyNode = { type: 'text', text };
    if (marks) node.marks = marks;
    this.inline.push(node);
  }

  addBreak(): void {
    this.inline.push({ type: 'hardBreak' });
  }

  addBlock(node: BodyNode): void {
    const { pendingType, pendingAttrs, pendingList } = this;
    this.flush();
    this.blocks.push(node);
    // Text after an image inside the same <p> continues with the same paragraph style.
    this.pendingType = pendingType;
    this.pendingAttrs = pendingAttrs;
    this.pendingList = pendingList;
  }

  flush(): void {
    const content = tidyInline(this.inline);
    this.inline = [];
    if (content.length) {
      const node: BodyNode = { type: this.pendingType, content };
      const attrs = Object.fromEntries(Object.entries(this.pendingAttrs).filter(([, value]) => value !== null));
      if (Object.keys(attrs).length) node.attrs = attrs;
      if (this.pendingList) this.lists.set(node, this.pendingList);
      this.blocks.push(node);
    }
    this.pendingType = 'paragraph';
    this.pendingAttrs = {};
    this.pendingList = undefined;
  }
}

/** Collapses whitespace like a browser, trims around breaks and at both ends, NFC. */
function tidyInline(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  let previousEndsInSpace = true;
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.text = (last.text ?? '').replace(/ +$/, '');
      out.push(node);
      previousEndsInSpace = true;
      continue;
    }
    let text = toNfc((node.text ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, (match) => (/^[\u200b\ufeff]+$/.test(match) ? '' : ' ')));
    if (previousEndsInSpace) text = text.replace(/^ +/, '');
    if (!text) continue;
    previousEndsInSpace = text.endsWith(' ');
    out.push({ ...node, text });
  }
  while (out.length && out[out.length - 1]?.type === 'hardBreak') out.pop();
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    last.text = (last.text ?? '').replace(/ +$/, '');
    if (!last.text) out.pop();
  }
  return out.some((node) => node.type === 'text') ? out : [];
}
