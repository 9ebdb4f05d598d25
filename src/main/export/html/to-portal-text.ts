/**
 * The text/plain flavour that goes on the clipboard with the portal HTML: the same blocks in the
 * same order, paragraphs separated by blank lines, so a plain-text editor gets a faithful copy.
 */
import type { BodyNode } from '../../../shared/document/body';
import { formatPortalDateTime, type PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import type { PortalDocument } from './to-portal-html';

function inline(nodes: BodyNode[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : inline(node.content))).join('');
}

function listItems(list: BodyNode, depth: number): string[] {
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  const lines: string[] = [];
  (list.content ?? []).forEach((item, index) => {
    const marker = list.type === 'orderedList' ? `${start + index}.` : '-';
    const indent = '  '.repeat(depth);
    let first = true;
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        lines.push(...listItems(child, depth + 1));
      } else {
        const text = blockText(child).join('\n');
        if (!text) continue;
        lines.push(`${indent}${first ? marker : ' '.repeat(marker.length)} ${text}`);
        first = false;
      }
    }
  });
  return lines;
}

/** Text blocks of one node; each entry becomes a paragraph of the output. */
function blockText(node: BodyNode): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'figure': {
      const text = inline(node.content).trim();
      return text ? [text] : [];
    }
    case 'bulletList':
    case 'orderedList':
      return [listItems(node, 0).join('\n')].filter(Boolean);
    case 'table':
      return [
        (node.content ?? [])
          .map((row) => (row.content ?? []).map((cell) => (cell.content ?? []).flatMap(blockText).join(' ').replace(/\s*\n\s*/g, ' ')).join('\t'))
          .join('\n'),
      ].filter((text) => text.trim().length > 0);
    case 'horizontalRule':
      return [];
    case 'text':
    case 'hardBreak':
      return [inline([node]).trim()].filter(Boolean);
    default:
      return (node.content ?? []).flatMap(blockText);
  }
}

export function toPortalText(document: PortalDocument, options: PortalHtmlOptions): string {
  const blocks: string[] = [];
  if (options.title === 'h1') blocks.push(document.title);
  if (options.dateLine && document.portal.publishedAt) blocks.push(formatPortalDateTime(document.portal.publishedAt));
  blocks.push(...document.body.content.flatMap(blockText));
  const author = document.portal.author.trim();
  if (options.byline && author) blocks.push(author);
  return blocks.join('\n\n') + '\n';
}
