/**
 * Pictures for the portal exports, from the store: scaled down for the web (the stored original
 * untouched), each looked up once (src/main/export/export-service.ts puts them in the HTML).
 */
import { isAppError } from '../../../shared/errors/app-error';
import type { PortalImage, ResolveImage } from './portal-images';
import { scaleForWeb } from './web-image';

export interface ImageStore {
  get(id: string): { mime: string; bytes: Buffer };
}

/**
 * Scaled copies kept between exports (the preview pane asks again on every change): decoding a
 * 12-megapixel JPEG in pure JavaScript takes seconds. Ids are content hashes, so an entry never goes
 * stale; the cache is bounded by bytes and forgets the oldest first.
 */
export class WebImageCache {
  private readonly entries = new Map<string, PortalImage>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): PortalImage | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, image: PortalImage): void {
    if (image.bytes.byteLength > this.maxBytes) return;
    this.entries.set(key, image);
    this.bytes += image.bytes.byteLength;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.bytes.byteLength;
    }
  }
}

const sharedCache = new WebImageCache();

/** Resolves ids through the store, scaled to maxSidePx, memoised; a missing image gives null. */
export function storeImageResolver(images: ImageStore, maxSidePx: number, cache: WebImageCache = sharedCache): ResolveImage {
  const missing = new Set<string>();
  return (imageId) => {
    const key = `${imageId}:${maxSidePx}`;
    const hit = cache.get(key);
    if (hit) return hit;
    if (missing.has(imageId)) return null;
    try {
      const image = scaleForWeb(images.get(imageId), maxSidePx);
      cache.set(key, image);
      return image;
    } catch (error) {
      if (!isAppError(error)) throw error;
      missing.add(imageId);
      return null;
    }
  };
}
