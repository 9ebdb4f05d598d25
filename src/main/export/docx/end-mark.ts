/**
 * Every ND30 template ends the body with "./." (ND30 PL III, e.g. Mẫu 1.4, 1.5). When the profile asks
 * for it (page.appendEndMark) and the user left it off, the mark is added to the last paragraph of the
 * body: a final "." becomes "./.", other endings get "./." after them. A body that ends with a table
 * takes the mark after the last text of the table's last row (docs/nd30-rules.md §5.1), never on a
 * line of its own under the table; a body that ends with a figure or rule gets it as a paragraph.
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
    if (node.type === 'table') return lastRowText(node);
    return undefined; // a figure or rule ends the body
  }
  return undefined;
}

/** The last paragraph with text in the table's last row (its last cell with text: an empty Ghi chú is skipped). */
function lastRowText(table: BodyNode): BodyNode | undefined {
  const lastRow = (table.content ?? []).filter((row) => row.type === 'tableRow').at(-1);
  const cells = lastRow?.content ?? [];
  for (let index = cells.length - 1; index >= 0; index--) {
    const found = lastTextParagraph(cells[index]?.content ?? []);
    if (found) return found;
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
