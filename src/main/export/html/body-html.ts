/**
 * The body model (ProseMirror JSON) as a clean HTML fragment: one tag per construct, no classes,
 * ids or editor internals, style only text-align (docs/nd30-rules.md §14). Attribute values coming from
 * the model are checked here too, so a hand-made JSON import cannot smuggle a javascript: link.
 */
import type { BodyDoc, BodyMark, BodyNode } from '../../../shared/document/body';
import { escapeHtmlAttribute, escapeHtmlText } from '../../../shared/markup/escape';
import { LINK_HREF } from './sanitize-allowlist';

export interface BodyHtmlContext {
  /** The src for a figure's image, or null when the image is missing. */
  imageSrc(imageId: string): string | null;
  captions: 'figure' | 'table';
  /** HTML heading tag for a model heading level (1 Phần … 4 Điểm). */
  headingTag(level: number): string;
}

const ALIGNMENTS = new Set(['center', 'right', 'justify']);

function alignStyle(node: BodyNode): string {
  const align = node.attrs?.textAlign;
  return typeof align === 'string' && ALIGNMENTS.has(align) ? ` style="text-align:${align}"` : '';
}

function positiveInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function markOpen(mark: BodyMark): string {
  switch (mark.type) {
    case 'bold':
      return '<strong>';
    case 'italic':
      return '<em>';
    case 'underline':
      return '<u>';
    case 'link': {
      const href = mark.attrs?.href;
      return typeof href === 'string' && LINK_HREF.test(href) ? `<a href="${escapeHtmlAttribute(href)}">` : '';
    }
  }
}

function markClose(mark: BodyMark): string {
  const tag = { bold: 'strong', italic: 'em', underline: 'u', link: 'a' }[mark.type];
  return markOpen(mark) ? `</${tag}>` : '';
}

/** The link outermost, then strong, em, u, whatever order the editor stored them in. */
const MARK_ORDER: BodyMark['type'][] = ['link', 'bold', 'italic', 'underline'];

function renderText(node: BodyNode): string {
  const marks = [...(node.marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  const text = escapeHtmlText(node.text ?? '');
  return marks.map(markOpen).join('') + text + [...marks].reverse().map(markClose).join('');
}

export function renderInline(nodes: BodyNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'text') return renderText(node);
      if (node.type === 'hardBreak') return '<br>';
      return renderInline(node.content);
    })
    .join('');
}

function inlineText(nodes: BodyNode[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? ' ' : inlineText(node.content))).join('');
}

function hasText(node: BodyNode): boolean {
  return inlineText(node.content).trim().length > 0;
}

/** A list item or a cell holding one paragraph is written without the <p> (what CMS editors produce). */
function renderFlow(nodes: BodyNode[] | undefined, ctx: BodyHtmlContext): string {
  const children = nodes ?? [];
  const [first, ...rest] = children;
  if (first?.type === 'paragraph' && !alignStyle(first) && rest.every((node) => node.type !== 'paragraph')) {
    return renderInline(first.content) + rest.map((node) => renderBlock(node, ctx)).join('');
  }
  return children.map((node) => renderBlock(node, ctx)).join('');
}

function renderCell(cell: BodyNode, ctx: BodyHtmlContext): string {
  const tag = cell.type === 'tableHeader' ? 'th' : 'td';
  const colspan = positiveInt(cell.attrs?.colspan);
  const rowspan = positiveInt(cell.attrs?.rowspan);
  const spans = (colspan && colspan > 1 ? ` colspan="${colspan}"` : '') + (rowspan && rowspan > 1 ? ` rowspan="${rowspan}"` : '');
  const onlyParagraph = cell.content?.length === 1 && cell.content[0]?.type === 'paragraph' ? cell.content[0] : undefined;
  const style = onlyParagraph ? alignStyle(onlyParagraph) : '';
  const inner = onlyParagraph ? renderInline(onlyParagraph.content) : renderFlow(cell.content, ctx);
  return `<${tag}${spans}${style}>${inner}</${tag}>`;
}

function renderTable(table: BodyNode, ctx: BodyHtmlContext): string {
  const rows = (table.content ?? []).filter((row) => row.type === 'tableRow');
  const isHeaderRow = (row: BodyNode) => (row.content ?? []).length > 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader');
  let headCount = 0;
  while (headCount < rows.length && isHeaderRow(rows[headCount] as BodyNode)) headCount += 1;
  // A table made only of header cells is data all the same: keep it in the body.
  if (headCount === rows.length) headCount = 0;
  const renderRow = (row: BodyNode) => `<tr>${(row.content ?? []).map((cell) => renderCell(cell, ctx)).join('')}</tr>`;
  const head = headCount ? `<thead>${rows.slice(0, headCount).map(renderRow).join('')}</thead>` : '';
  const body = rows.length > headCount ? `<tbody>${rows.slice(headCount).map(renderRow).join('')}</tbody>` : '';
  return `<table>${head}${body}</table>`;
}

function renderFigure(figure: BodyNode, ctx: BodyHtmlContext): string {
  const imageId = figure.attrs?.imageId;
  const caption = renderInline(figure.content);
  const captionText = inlineText(figure.content).trim();
  const src = typeof imageId === 'string' ? ctx.imageSrc(imageId) : null;
  if (!src) {
    const missing = `<p><em>[Thiếu ảnh${captionText ? `: ${escapeHtmlText(captionText)}` : ''}]</em></p>`;
    return missing;
  }
  const altAttr = figure.attrs?.alt;
  const alt = typeof altAttr === 'string' && altAttr.trim() ? altAttr.trim() : captionText;
  const width = positiveInt(figure.attrs?.widthPx);
  const height = positiveInt(figure.attrs?.heightPx);
  const size = width && height ? ` width="${width}" height="${height}"` : '';
  const img = `<img src="${escapeHtmlAttribute(src)}" alt="${escapeHtmlAttribute(alt)}"${size}>`;
  if (ctx.captions === 'table') {
    const captionRow = captionText ? `<tr><td><em>${caption}</em></td></tr>` : '';
    return `<table><tbody><tr><td>${img}</td></tr>${captionRow}</tbody></table>`;
  }
  return `<figure>${img}${captionText ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

export function renderBlock(node: BodyNode, ctx: BodyHtmlContext): string {
  switch (node.type) {
    case 'paragraph':
      // Empty paragraphs are spacing in the editor; on a portal they are stray gaps.
      return hasText(node) ? `<p${alignStyle(node)}>${renderInline(node.content)}</p>` : '';
    case 'heading': {
      if (!hasText(node)) return '';
      const level = positiveInt(node.attrs?.level) ?? 1;
      const tag = ctx.headingTag(level);
      return `<${tag}${alignStyle(node)}>${renderInline(node.content)}</${tag}>`;
    }
    case 'bulletList':
      return `<ul>${renderItems(node, ctx)}</ul>`;
    case 'orderedList': {
      const start = positiveInt(node.attrs?.start);
      const style = typeof node.attrs?.type === 'string' && /^[aAiI]$/.test(node.attrs.type) ? ` type="${node.attrs.type}"` : '';
      return `<ol${start && start !== 1 ? ` start="${start}"` : ''}${style}>${renderItems(node, ctx)}</ol>`;
    }
    case 'listItem':
      return `<li>${renderFlow(node.content, ctx)}</li>`;
    case 'blockquote':
      return `<blockquote>${(node.content ?? []).map((child) => renderBlock(child, ctx)).join('')}</blockquote>`;
    case 'table':
      return renderTable(node, ctx);
    case 'figure':
      return renderFigure(node, ctx);
    case 'horizontalRule':
      return '<hr>';
    case 'text':
    case 'hardBreak':
      return `<p>${renderInline([node])}</p>`;
    default:
      // Rows and cells outside a table, or a nested doc: keep their text readable.
      return (node.content ?? []).map((child) => renderBlock(child, ctx)).join('');
  }
}

function renderItems(list: BodyNode, ctx: BodyHtmlContext): string {
  return (list.content ?? []).map((item) => (item.type === 'listItem' ? renderBlock(item, ctx) : `<li>${renderBlock(item, ctx)}</li>`)).join('');
}

/**
 * Body headings are numbered by rank, not by model level, so a report whose shallowest heading is a
 * Mục ("I. …") still starts at h2 under the title and never skips a level (html-validate heading-level).
 */
export function headingTagsByRank(body: BodyDoc): (level: number) => string {
  const levels = new Set<number>();
  const walk = (node: BodyNode): void => {
    if (node.type === 'heading') levels.add(positiveInt(node.attrs?.level) ?? 1);
    for (const child of node.content ?? []) walk(child);
  };
  body.content.forEach(walk);
  const ranked = [...levels].sort((a, b) => a - b);
  return (level) => `h${Math.min(4, 2 + Math.max(0, ranked.indexOf(level)))}`;
}

export function renderBody(body: BodyDoc, ctx: BodyHtmlContext): string[] {
  return body.content.map((node) => renderBlock(node, ctx)).filter((html) => html.length > 0);
}
