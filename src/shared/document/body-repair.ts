/**
 * Repairs what ProseMirror refuses to open. A body holding an empty text node or a table cell / list
 * item without a block cannot be opened by the editor; Tiptap then shows an empty page, and the next
 * autosave would overwrite the whole draft. Every body is repaired on its way into the store (the
 * BodyDoc schema) and before the editor opens it, so such a body never reaches an editor as "empty".
 */
import type { BodyDoc, BodyNode, BodyNodeType } from './body';

/** Node types whose content must hold at least one block (the editor's schema: block+ / paragraph block*). */
const NEEDS_A_BLOCK: ReadonlySet<BodyNodeType> = new Set(['tableCell', 'tableHeader', 'listItem', 'blockquote']);

function repairNode(node: BodyNode): BodyNode | null {
  if (node.type === 'text') return node.text ? node : null;
  if (!node.content) {
    return NEEDS_A_BLOCK.has(node.type) ? { ...node, content: [{ type: 'paragraph' }] } : node;
  }
  const content = node.content.map(repairNode).filter((child): child is BodyNode => child !== null);
  if (content.length === 0 && NEEDS_A_BLOCK.has(node.type)) return { ...node, content: [{ type: 'paragraph' }] };
  if (content.length === node.content.length && content.every((child, index) => child === node.content?.[index])) return node;
  const repaired: BodyNode = { ...node };
  if (content.length > 0) repaired.content = content;
  else delete repaired.content;
  return repaired;
}

/** The body with empty text nodes dropped and empty cells/list items given a paragraph; the same object when nothing needed it. */
export function repairBody(doc: BodyDoc): BodyDoc {
  const content = doc.content.map(repairNode).filter((child): child is BodyNode => child !== null);
  if (content.length === doc.content.length && content.every((child, index) => child === doc.content[index])) return doc;
  return { ...doc, content };
}
