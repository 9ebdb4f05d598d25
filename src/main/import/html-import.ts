/**
 * HTML (web pages, Word and LibreOffice clipboard or files, mammoth's output) → clean body content.
 * Only what the body model can hold comes through: headings, paragraphs, bold/italic/underline,
 * https/mailto links, lists, quotes, tables, figures, rules. Classes, ids, fonts, colours, mso-*
 * styles and scripts are dropped; text is whitespace-collapsed and NFC. Remote images are never
 * fetched: each becomes a visible placeholder paragraph naming its address.
 */
import { BodyDoc, paragraph, type BodyNode } from '../../shared/document/body';
import { AppError } from '../../shared/errors/app-error';
import { toNfc } from '../../shared/text/nfc';
import { BlockCollector, type InlineState } from './block-collector';
import { childrenOf, findElement, isElement, isText, parseHtml, styleOf, textOf, type HtmlElement, type HtmlNode } from './html-dom';
import { convertLegacyFontText } from './html-legacy-fonts';
import { readImageSource, type PutImage, type ReadLocalImage } from './html-image';
import { LINK_HREF } from '../export/html/sanitize-allowlist';
import { promoteTypedHeadings } from './typed-headings';
import { groupWordLists, LITERAL_MARKER, type WordListInfo } from './word-list';

export const MAX_HTML_CHARS = 30_000_000;

/** Elements whose content is never body text. */
const DROPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area',
  'input', 'button', 'select', 'option', 'textarea', 'nav', 'aside', 'xml', 'xmp', 'noembed', 'noframes', 'plaintext', 'dialog',
]);

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'blockquote', 'figure', 'figcaption', 'hr', 'pre', 'section', 'article', 'main', 'header', 'footer', 'body',
  'html', 'center', 'address', 'dl', 'dt', 'dd', 'form', 'fieldset', 'legend', 'details', 'summary', 'img', 'picture',
]);

const PLAIN: InlineState = { bold: false, italic: false, underline: false, href: null, align: null };
const ALIGNMENTS = new Set(['center', 'right', 'justify']);

function isMsoIgnore(element: HtmlElement): boolean {
  return /mso-list\s*:\s*ignore/i.test(element.attribs.style ?? '');
}

function alignOf(element: HtmlElement): string | null {
  const align = (styleOf(element).get('text-align') ?? element.attribs.align ?? '').toLowerCase();
  return ALIGNMENTS.has(align) ? align : null;
}

function stateFor(element: HtmlElement, state: InlineState): InlineState {
  const next = { ...state };
  switch (element.name) {
    case 'b':
    case 'strong':
      next.bold = true;
      break;
    case 'i':
    case 'em':
    case 'cite':
    case 'dfn':
    case 'var':
      next.italic = true;
      break;
    case 'u':
    case 'ins':
      next.underline = true;
      break;
    case 'a': {
      const href = (element.attribs.href ?? '').trim();
      next.href = LINK_HREF.test(href) ? href : null;
      break;
    }
    case 'th':
      next.bold = false;
      break;
  }
  const style = styleOf(element);
  const weight = style.get('font-weight')?.toLowerCase();
  if (weight) next.bold = /^(?:bold|bolder|[6-9]00)$/.test(weight);
  const fontStyle = style.get('font-style')?.toLowerCase();
  if (fontStyle) next.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = (style.get('text-decoration-line') ?? style.get('text-decoration'))?.toLowerCase();
  if (decoration) next.underline = decoration.includes('underline');
  if (BLOCK.has(element.name)) {
    const align = alignOf(element);
    if (align || style.has('text-align') || element.attribs.align) next.align = align;
  }
  if (element.name === 'center') next.align = 'center';
  return next;
}

function hasBlockDescendant(element: HtmlElement): boolean {
  return childrenOf(element).some((child) => isElement(child) && !DROPPED.has(child.name) && (BLOCK.has(child.name) || hasBlockDescendant(child)));
}

export interface HtmlImportOptions {
  /** Stores an embedded image and returns its id; without it embedded images become placeholders too. */
  putImage?: PutImage;
  /** Reads pictures saved beside an imported file; absent for a paste (nothing local to read). */
  readLocalImage?: ReadLocalImage;
}

export interface HtmlImport {
  /** The page's own title: its <title>, else its first <h1>; null when it has neither. */
  title: string | null;
  body: BodyDoc;
}

class HtmlToBody {
  private readonly lists = new WeakMap<BodyNode, WordListInfo>();

  constructor(private readonly options: HtmlImportOptions) {}

  blocks(nodes: HtmlNode[], state: InlineState): BodyNode[] {
    const collector = new BlockCollector(this.lists);
    for (const node of nodes) this.walk(node, state, collector);
    collector.flush();
    return groupWordLists(collector.blocks, (node) => this.lists.get(node));
  }

  private walk(node: HtmlNode, state: InlineState, out: BlockCollector): void {
    if (isText(node)) return out.addText(node.data, state);
    if (!isElement(node) || DROPPED.has(node.name) || node.name.startsWith('v:') || node.name.startsWith('w:')) return;
    if (isMsoIgnore(node)) return;
    const inner = stateFor(node, state);
    const children = childrenOf(node);
    switch (node.name) {
      case 'br':
        return out.addBreak();
      case 'img':
        return out.addBlock(this.image(node, null));
      case 'hr':
        return out.addBlock({ type: 'horizontalRule' });
      case 'p':
      case 'dt':
      case 'dd':
      case 'address':
      case 'legend':
      case 'summary':
        out.open('paragraph', { textAlign: inner.align }, this.wordList(node));
        for (const child of children) this.walk(child, inner, out);
        return out.flush();
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        out.open('heading', { level: Math.min(4, Number(node.name[1])), textAlign: inner.align });
        for (const child of children) this.walk(child, { ...inner, bold: false }, out);
        return out.flush();
      case 'pre':
        out.open('paragraph', {});
        for (const line of textOf(node).replace(/\r\n?/g, '\n').split('\n').entries()) {
          if (line[0] > 0) out.addBreak();
          out.addText(line[1].replace(/ /g, '\u00a0'), inner);
        }
        return out.flush();
      case 'ul':
      case 'ol':
        return out.addBlock(this.list(node, inner));
      case 'li':
        return out.addBlock({ type: 'bulletList', content: [this.listItem(node, inner)] });
      case 'blockquote': {
        const content = this.blocks(children, inner);
        if (content.length) out.addBlock({ type: 'blockquote', content });
        return;
      }
      case 'table':
        for (const block of this.table(node, inner)) out.addBlock(block);
        return;
      case 'figure':
        return this.figure(node, inner, out);
      default:
        if (BLOCK.has(node.name) || hasBlockDescendant(node)) {
          out.flush();
          for (const child of children) this.walk(child, inner, out);
          return out.flush();
        }
        for (const child of children) this.walk(child, inner, out);
    }
  }

  /** Word list paragraph: its level and the literal marker (then left out of the text). */
  private wordList(element: HtmlElement): WordListInfo | undefined {
    const msoList = styleOf(element).get('mso-list');
    const ignored = findElement(element, isMsoIgnore);
    if (msoList && !/^ignore$/i.test(msoList)) {
      const level = Number(/level(\d+)/i.exec(msoList)?.[1] ?? '1');
      const marker = ignored ? textOf(ignored).replace(/[\s\u00a0]+/g, ' ').trim() : '';
      return { level, marker: marker || '·' };
    }
    if (/^MsoListParagraph/i.test(element.attribs.class ?? '')) {
      const match = LITERAL_MARKER.exec(textOf(element).replace(/\u00a0/g, ' '));
      if (match?.[1]) {
        stripLeadingText(element, match[0].length);
        return { level: 1, marker: match[1] };
      }
    }
    return undefined;
  }

  private list(element: HtmlElement, state: InlineState): BodyNode {
    const items = childrenOf(element).flatMap((child): BodyNode[] => {
      if (isElement(child) && child.name === 'li') return [this.listItem(child, state)];
      if (isText(child) && !child.data.trim()) return [];
      if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) return [{ type: 'listItem', content: [paragraph(''), this.list(child, state)] }];
      const content = this.blocks([child], state);
      return content.length ? [{ type: 'listItem', content }] : [];
    });
    if (element.name === 'ul') return { type: 'bulletList', content: items.length ? items : [{ type: 'listItem', content: [paragraph('')] }] };
    const start = Number.parseInt(element.attribs.start ?? '1', 10);
    const type = /^[aAiI]$/.test(element.attribs.type ?? '') ? (element.attribs.type as string) : null;
    return { type: 'orderedList', attrs: { start: Number.isFinite(start) && start > 0 ? start : 1, type }, content: items.length ? items : [{ type: 'listItem', content: [paragraph('')] }] };
  }

  private listItem(element: HtmlElement, state: InlineState): BodyNode {
    const content = this.blocks(childrenOf(element), state);
    // ProseMirror's listItem starts with a paragraph.
    if (content[0]?.type !== 'paragraph') content.unshift(paragraph(''));
    return { type: 'listItem', content };
  }

  /** The table, preceded by its <caption> as a paragraph (the model's table has no caption). */
  private table(element: HtmlElement, state: InlineState): BodyNode[] {
    const rows: HtmlElement[] = [];
    const collectRows = (parent: HtmlElement): void => {
      for (const child of childrenOf(parent)) {
        if (!isElement(child)) continue;
        if (child.name === 'tr') rows.push(child);
        else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') collectRows(child);
      }
    };
    collectRows(element);
    const rowNodes = rows
      .map((row): BodyNode => ({
        type: 'tableRow',
        content: childrenOf(row)
          .filter((cell): cell is HtmlElement => isElement(cell) && (cell.name === 'td' || cell.name === 'th'))
          .map((cell) => this.cell(cell, state)),
      }))
      .filter((row) => (row.content ?? []).length > 0);
    const caption = childrenOf(element).find((child): child is HtmlElement => isElement(child) && child.name === 'caption');
    const captionBlocks = caption ? this.blocks(childrenOf(caption), state) : [];
    return rowNodes.length ? [...captionBlocks, { type: 'table', content: rowNodes }] : captionBlocks;
  }

  private cell(cell: HtmlElement, state: InlineState): BodyNode {
    const span = (name: 'colspan' | 'rowspan') => {
      const value = Number.parseInt(cell.attribs[name] ?? '1', 10);
      return Number.isFinite(value) && value > 0 && value < 1000 ? value : 1;
    };
    const content = this.blocks(childrenOf(cell), stateFor(cell, { ...state, align: null }));
    return {
      type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
      attrs: { colspan: span('colspan'), rowspan: span('rowspan'), colwidth: null },
      content: content.length ? content : [paragraph('')],
    };
  }

  private figure(element: HtmlElement, state: InlineState, out: BlockCollector): void {
    const img = findElement(element, (child) => child.name === 'img');
    const caption = findElement(element, (child) => child.name === 'figcaption');
    if (!img) {
      out.flush();
      for (const child of childrenOf(element)) this.walk(child, state, out);
      return out.flush();
    }
    const captionBlocks = caption ? this.blocks(childrenOf(caption), { ...state, italic: false }) : [];
    const captionInline = captionBlocks.flatMap((block, index) => [...(index ? [{ type: 'hardBreak' as const }] : []), ...(block.content ?? [])]).filter((node) => node.type === 'text' || node.type === 'hardBreak');
    out.addBlock(this.image(img, captionInline));
  }

  private image(img: HtmlElement, caption: BodyNode[] | null): BodyNode {
    const source = readImageSource(img.attribs.src ?? '', this.options.putImage, this.options.readLocalImage);
    if (source.kind === 'placeholder') {
      const placeholder = paragraph(source.text);
      placeholder.content = [{ type: 'text', text: source.text, marks: [{ type: 'italic' }] }];
      return placeholder;
    }
    const attrs: Record<string, string | number | null> = { imageId: source.imageId, alt: toNfc((img.attribs.alt ?? '').replace(/\s+/g, ' ').trim()).slice(0, 1000) };
    const width = Number.parseInt(img.attribs.width ?? '', 10);
    const height = Number.parseInt(img.attribs.height ?? '', 10);
    attrs.widthPx = Number.isFinite(width) && width > 0 ? width : null;
    attrs.heightPx = Number.isFinite(height) && height > 0 ? height : null;
    const node: BodyNode = { type: 'figure', attrs };
    if (caption?.length) node.content = caption;
    return node;
  }
}

/** Removes the first `count` characters of text (a typed list marker) from an element's text nodes. */
function stripLeadingText(element: HtmlElement, count: number): void {
  let remaining = count;
  const visit = (node: HtmlNode): void => {
    if (remaining <= 0) return;
    if (isText(node)) {
      const take = Math.min(remaining, node.data.length);
      node.data = node.data.slice(take);
      remaining -= take;
      return;
    }
    childrenOf(node).forEach(visit);
  };
  visit(element);
}

/** The part of a page that is the article: <article> or <main> when there is exactly one, else <body>. */
function contentRoot(document: ReturnType<typeof parseHtml>): HtmlNode[] {
  for (const name of ['article', 'main']) {
    const found: HtmlElement[] = [];
    const collect = (node: HtmlNode): void => {
      if (isElement(node) && node.name === name) found.push(node);
      childrenOf(node).forEach(collect);
    };
    childrenOf(document).forEach(collect);
    if (found.length === 1) return childrenOf(found[0] as HtmlElement);
  }
  const body = findElement(document, (element) => element.name === 'body');
  return body ? childrenOf(body) : childrenOf(document);
}

export function htmlToBody(html: string, options: HtmlImportOptions = {}, where = 'HTML'): HtmlImport {
  if (html.length > MAX_HTML_CHARS) throw new AppError('invalid_input', 'Nội dung HTML quá lớn (tối đa 30 triệu ký tự)', { where });
  const document = parseHtml(html.replace(/^\uFEFF/, ''), where);
  // Text in a .Vn…/VNI-… font is legacy for sure: Unicode before anything reads it.
  convertLegacyFontText(document);
  const titleElement = findElement(document, (element) => element.name === 'title');
  const title = titleElement ? toNfc(textOf(titleElement).replace(/\s+/g, ' ').trim()) : '';
  const content = promoteTypedHeadings(new HtmlToBody(options).blocks(contentRoot(document), PLAIN));
  return { title: title || null, body: BodyDoc.parse({ type: 'doc', content: content.length ? content : [paragraph('')] }) };
}
