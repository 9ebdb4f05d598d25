/**
 * Every ND30 template ends the body with "./." (ND30 PL III, e.g. Mẫu 1.4, 1.5). When the profile asks
 * for it (page.appendEndMark) and the user left it off, the mark is added to the last paragraph of the
 * body: a final "." becomes "./.", other endings get "./." after them. A body that ends with a table or
 * figure gets the mark as a paragraph of its own.
 */
import type { BodyDoc, BodyNode } from '../../../shared/document/body';

export const END_MARK = './.';

/** The last paragraph that carries text, looking into lists and quotes but not tables or figures. */
function lastTextParagraph(nodes: BodyNode[]): BodyNode | undefined {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index];
    if (!node) continue;
    if (node.type === 'paragraph' || node.type === 'heading') {
      if ((node.content ?? []).some((child) => child.type === 'text' && child.text?.trim())) return node;
      continue; // trailing empty paragraphs do not end the text
    }
    if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem' || node.type === 'blockquote') {
      return lastTextParagraph(node.content ?? []);
    }
    return undefined; // a table, figure or rule ends the body
  }
  return undefined;
}

function endsWithMark(paragraph: BodyNode): boolean {
  const text = (paragraph.content ?? []).map((child) => child.text ?? '').join('').trimEnd();
  return text.endsWith(END_MARK);
}

/** A copy of the body that ends with "./."; the input is not changed. */
export function withEndMark(body: BodyDoc): BodyDoc {
  const copy = structuredClone(body);
  const paragraph = lastTextParagraph(copy.content);
  if (!paragraph) {
    copy.content.push({ type: 'paragraph', content: [{ type: 'text', text: END_MARK }] });
    return copy;
  }
  if (endsWithMark(paragraph)) return copy;
  const texts = (paragraph.content ?? []).filter((child) => child.type === 'text' && child.text?.trim());
  const last = texts[texts.length - 1];
  if (!last || last.text === undefined) return copy;
  const trimmed = last.text.trimEnd();
  last.text = trimmed.endsWith('.') && !trimmed.endsWith('..') ? `${trimmed}/.` : `${trimmed}${END_MARK}`;
  return copy;
}
