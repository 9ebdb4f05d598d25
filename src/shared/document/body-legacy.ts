/**
 * A pasted body whose text reads as TCVN3 or VNI by its byte patterns (no font said so): found on
 * the body's whole text, converted text node by text node once the clerk agrees.
 */
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from '../text/legacy';
import type { BodyDoc, BodyNode } from './body';

function collectText(node: BodyNode, parts: string[]): void {
  if (typeof node.text === 'string') parts.push(node.text);
  for (const child of node.content ?? []) collectText(child, parts);
}

/** The legacy encoding the body's text is in, or null (Unicode, or too little to tell). */
export function bodyLegacyEncoding(body: BodyDoc): LegacyEncoding | null {
  const parts: string[] = [];
  for (const node of body.content) collectText(node, parts);
  return detectLegacyEncoding(parts.join(' '));
}

function convertNode(node: BodyNode, encoding: LegacyEncoding): BodyNode {
  const out: BodyNode = { ...node };
  if (typeof node.text === 'string') out.text = legacyToUnicode(node.text, encoding);
  if (node.content) out.content = node.content.map((child) => convertNode(child, encoding));
  return out;
}

export function bodyLegacyToUnicode(body: BodyDoc, encoding: LegacyEncoding): BodyDoc {
  return { ...body, content: body.content.map((node) => convertNode(node, encoding)) };
}
