/** The HTML tree for importers: htmlparser2 (no DOM in main), plus the few reads the importers need. */
import { parseDocument } from 'htmlparser2';
import { AppError } from '../../shared/errors/app-error';
import { viNumber } from '../../shared/text/vi-number';
import { capNesting, MAX_HTML_ELEMENTS } from './html-nesting';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/** Deeper than this, an element keeps only its text: no real document nests so far, and the walkers recurse. */
export const MAX_ELEMENT_DEPTH = 100;

/** Lenient like a browser; tag and attribute names lower-cased, entities decoded, depth and size bounded. */
export function parseHtml(html: string, where = 'HTML'): HtmlDocument {
  const capped = capNesting(html);
  if (capped.elements > MAX_HTML_ELEMENTS) {
    const limit = viNumber(MAX_HTML_ELEMENTS);
    throw new AppError('invalid_input', `Nội dung "${where}" có hơn ${limit} thẻ HTML, vượt giới hạn nhập ${limit} thẻ.`);
  }
  const document = parseDocument(capped.html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true });
  boundDepth(document);
  return document;
}

/** Text of a subtree without recursion (it may be arbitrarily deep), and its first text node to reuse. */
function flatText(root: HtmlNode): { text: string; first: Extract<HtmlNode, { type: 'text' }> | undefined } {
  let first: Extract<HtmlNode, { type: 'text' }> | undefined;
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as HtmlNode;
    if (isText(node)) {
      first ??= node;
      parts.push(node.data);
    } else if (isElement(node) && !['script', 'style', 'template', 'noscript'].includes(node.name)) {
      // One push at a time: a node may have hundreds of thousands of children (spreading them overflows).
      const children = childrenOf(node);
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as HtmlNode);
    }
  }
  return { text: parts.join(''), first };
}

/** Replaces the content of elements at MAX_ELEMENT_DEPTH by their text (iteratively). */
function boundDepth(document: HtmlDocument): void {
  const stack: Array<{ node: HtmlNode; depth: number }> = childrenOf(document).map((node) => ({ node, depth: 1 }));
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: HtmlNode; depth: number };
    if (!isElement(node)) continue;
    if (depth >= MAX_ELEMENT_DEPTH) {
      const { text, first } = flatText(node);
      node.children = [];
      if (first && text) {
        first.data = text;
        first.parent = node;
        first.prev = null;
        first.next = null;
        node.children = [first];
      }
      continue;
    }
    for (const child of childrenOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node && 'name' in node;
}

export function isText(node: HtmlNode): node is Extract<HtmlNode, { type: 'text' }> {
  return node.type === 'text';
}

export function childrenOf(node: HtmlNode | HtmlDocument): HtmlNode[] {
  return 'children' in node ? (node.children as HtmlNode[]) : [];
}

/** Inline style as a map of lower-case property → trimmed value ("mso-list" → "l0 level1 lfo1"). */
export function styleOf(element: HtmlElement): Map<string, string> {
  const styles = new Map<string, string>();
  for (const declaration of (element.attribs.style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().replace(/\s*!important$/i, '');
    if (property) styles.set(property, value);
  }
  return styles;
}

export function textOf(node: HtmlNode | HtmlDocument): string {
  if (isText(node)) return node.data;
  return childrenOf(node).map((child) => textOf(child)).join('');
}

/** Depth-first search for the first element that passes the test. */
export function findElement(root: HtmlNode | HtmlDocument, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of childrenOf(root)) {
    if (isElement(child) && test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
