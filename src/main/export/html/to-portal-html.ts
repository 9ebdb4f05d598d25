/**
 * toPortalHtml: a document as the clean fragment a portal's rich-text editor takes
 * (docs/nd30-rules.md §14 skeleton): optional <h1> title, optional date-time line, the body, the byline.
 * Pure: images come through resolveImage, and the result always passes the sanitize gate.
 */
import type { Document } from '../../../shared/document/document';
import { formatPortalDateTime, type PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import { headingTagsByRank, renderBody } from './body-html';
import { escapeHtmlText } from '../../../shared/markup/escape';
import { figureImageIds, portalImageFileName, type ResolveImage } from './portal-images';
import { sanitizePortalHtml } from './sanitize-allowlist';

export type PortalDocument = Pick<Document, 'title' | 'body' | 'portal'>;

export interface PortalHtmlPlacement {
  /** Folder prefix of image files for a standalone page ("bao-cao_files/"); empty for a fragment. */
  imageFolder?: string;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function toPortalHtml(document: PortalDocument, options: PortalHtmlOptions, resolveImage: ResolveImage, placement: PortalHtmlPlacement = {}): string {
  const order = figureImageIds(document.body);
  const imageSrc = (imageId: string): string | null => {
    const image = resolveImage(imageId);
    if (!image) return null;
    if (options.images === 'embed') return `data:${image.mime};base64,${toBase64(image.bytes)}`;
    return `${placement.imageFolder ?? ''}${portalImageFileName(order.indexOf(imageId), image.mime)}`;
  };
  const blocks: string[] = [];
  if (options.title === 'h1') blocks.push(`<h1>${escapeHtmlText(document.title)}</h1>`);
  if (options.dateLine && document.portal.publishedAt) blocks.push(`<p><em>${escapeHtmlText(formatPortalDateTime(document.portal.publishedAt))}</em></p>`);
  blocks.push(...renderBody(document.body, { imageSrc, captions: options.captions, headingTag: headingTagsByRank(document.body) }));
  const author = document.portal.author.trim();
  if (options.byline && author) blocks.push(`<p style="text-align:right"><strong>${escapeHtmlText(author)}</strong></p>`);
  return sanitizePortalHtml(blocks.join('\n'));
}
