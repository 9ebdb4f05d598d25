/** A body rewritten into one tone-mark style (import and paste write the profile's kiểu bỏ dấu). */
import { normaliseToneStyle, type ToneStyle } from '../text/tone-style';
import type { BodyDoc, BodyNode } from './body';

function normaliseNode(node: BodyNode, style: ToneStyle): BodyNode {
  const out: BodyNode = { ...node };
  if (typeof node.text === 'string') out.text = normaliseToneStyle(node.text, style);
  if (node.content) out.content = node.content.map((child) => normaliseNode(child, style));
  return out;
}

export function normaliseBodyTones(body: BodyDoc, style: ToneStyle): BodyDoc {
  return { ...body, content: body.content.map((node) => normaliseNode(node, style)) };
}
