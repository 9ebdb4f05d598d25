/** Images come from the store by content hash; each is fetched once per session and kept as a data URL. */
import { api } from '../api/client';

const cache = new Map<string, Promise<string>>();

export function imageDataUrl(imageId: string): Promise<string> {
  let entry = cache.get(imageId);
  if (!entry) {
    entry = api['images.get']({ id: imageId }).then((image) => `data:${image.mime};base64,${image.dataBase64}`);
    // A failed read is not cached, so the next render tries again.
    entry.catch(() => cache.delete(imageId));
    cache.set(imageId, entry);
  }
  return entry;
}

/** Seeds the cache right after an upload so the new figure shows without a round trip. */
export function rememberImage(imageId: string, dataUrl: string): void {
  cache.set(imageId, Promise.resolve(dataUrl));
}
