/**
 * The body's text blocks with their ProseMirror positions, so a finding at offset i of a block is at
 * position `start + i` in the editor (a hard break counts as one position, as in ProseMirror).
 */
import type { BodyDoc, BodyNode } from '../document/body';

/** Nodes without content that take one position (ProseMirror leaves). */
const LEAVES = new Set(['hardBreak', 'horizontalRule', 'attendanceSentence', 'image']);

export interface TextBlock {
  /** Position of the first character of the block's content. */
  start: number;
  text: string;
  type: string;
}

export interface LeafAt {
  node: BodyNode;
  pos: number;
}

function nodeSize(node: BodyNode): number {
  if (node.type === 'text') return (node.text ?? '').length;
  if (LEAVES.has(node.type)) return 1;
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0);
}

/** Every block holding inline content (paragraphs, headings, captions), in document order. */
export function textBlocks(body: BodyDoc): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (nodes: readonly BodyNode[], pos: number) => {
    for (const node of nodes) {
      const content = node.content ?? [];
      if (node.type !== 'text' && !LEAVES.has(node.type)) {
        const inline = content.length > 0 && content.every((child) => child.type === 'text' || child.type === 'hardBreak');
        if (inline || (content.length === 0 && (node.type === 'paragraph' || node.type === 'heading'))) {
          blocks.push({ start: pos + 1, type: node.type, text: content.map((child) => (child.type === 'text' ? (child.text ?? '') : '\n')).join('') });
        } else visit(content, pos + 1);
      }
      pos += nodeSize(node);
    }
  };
  visit(body.content ?? [], 0);
  return blocks;
}

/** Leaf block nodes of a type with their positions (e.g. every attendance sentence). */
export function leavesOfType(body: BodyDoc, type: string): LeafAt[] {
  const found: LeafAt[] = [];
  const visit = (nodes: readonly BodyNode[], pos: number) => {
    for (const node of nodes) {
      if (node.type === type) found.push({ node, pos });
      else if (node.content) visit(node.content, pos + 1);
      pos += nodeSize(node);
    }
  };
  visit(body.content ?? [], 0);
  return found;
}
