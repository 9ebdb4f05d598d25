/**
 * Images of a document as the portal export sees them: resolved through a callback (the store, or a
 * scaled-down copy of it), named `anh-01.jpg`, `anh-02.png`… in order of first appearance
 * (docs/nd30-rules.md §14: portals upload media separately, so files, not base64, by default there).
 */
import type { BodyDoc, BodyNode } from '../../../shared/document/body';

export interface PortalImage {
  mime: string;
  bytes: Uint8Array;
}

/** Returns the image for an id, or null when it is not in the store. */
export type ResolveImage = (imageId: string) => PortalImage | null;

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export function imageExtension(mime: string): string {
  return EXTENSION_BY_MIME[mime] ?? 'jpg';
}

/** Image ids in reading order, each once. */
export function figureImageIds(body: BodyDoc): string[] {
  const ids: string[] = [];
  const walk = (node: BodyNode): void => {
    const id = node.type === 'figure' ? node.attrs?.imageId : undefined;
    if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    for (const child of node.content ?? []) walk(child);
  };
  for (const node of body.content) walk(node);
  return ids;
}

/** "anh-01.jpg" for the first image; the extension follows the (possibly re-encoded) type. */
export function portalImageFileName(index: number, mime: string): string {
  return `anh-${String(index + 1).padStart(2, '0')}.${imageExtension(mime)}`;
}

export interface PortalImageFile {
  imageId: string;
  name: string;
  image: PortalImage;
}

/** The files to write beside a page, in the order the HTML names them; missing images are skipped. */
export function portalImageFiles(body: BodyDoc, resolveImage: ResolveImage): PortalImageFile[] {
  const files: PortalImageFile[] = [];
  figureImageIds(body).forEach((imageId, index) => {
    const image = resolveImage(imageId);
    if (image) files.push({ imageId, name: portalImageFileName(index, image.mime), image });
  });
  return files;
}
