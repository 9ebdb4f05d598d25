/**
 * A picture the clerk picked or dropped: read in the page and stored by content (images.put). The
 * one way the renderer hands main an image — main never takes a file path from a renderer. Used by
 * the editor's "Chèn ảnh" (image-insert.ts) and the event form's photos.
 */
import { IMAGE_MIME_TYPES } from '../../../shared/ipc/contract';
import type { Strings } from '../i18n/strings-vi';
import { api, ApiError } from '../api/client';
import { rememberImage } from './image-cache';
import { UndecodableImageError, webpAsWordImage } from './webp-reencode';

const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export class ImageUploadError extends Error {
  /** type: not an image by its name's type; size: too large; content: named as an image, but its bytes are not one. */
  constructor(readonly reason: 'type' | 'size' | 'content') {
    super(reason);
  }
}

/** The line a refused picture gets ("Chỉ nhận ảnh PNG, …", "Ảnh quá lớn …"); null for any other failure. */
export function uploadRefusal(error: unknown, t: Strings): string | null {
  if (!(error instanceof ImageUploadError)) return null;
  return error.reason === 'type' ? t.imageType : error.reason === 'size' ? t.imageTooLarge : t.imageNotImage;
}

export interface UploadedImage {
  imageId: string;
  /** The file's name without its extension ("quang-canh"). */
  name: string;
  /** Natural size in pixels; 0 when the page could not decode it. */
  width: number;
  height: number;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function naturalSize(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve({ width: 0, height: 0 });
    img.src = dataUrl;
  });
}

/** A WebP re-encoded for Word (webp-reencode.ts); any other picture as it is. */
async function storedForm(file: File): Promise<Blob> {
  if (file.type !== 'image/webp') return file;
  try {
    return await webpAsWordImage(file);
  } catch (error) {
    if (error instanceof UndecodableImageError) throw new ImageUploadError('content');
    throw error;
  }
}

export async function uploadImageFile(file: File): Promise<UploadedImage> {
  if (!IMAGE_MIME_TYPES.includes(file.type as (typeof IMAGE_MIME_TYPES)[number])) throw new ImageUploadError('type');
  if (file.size > MAX_IMAGE_BYTES) throw new ImageUploadError('size');
  const picture = await storedForm(file);
  const mime = picture.type as (typeof IMAGE_MIME_TYPES)[number];
  const dataUrl = await readAsDataUrl(picture);
  const dataBase64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  let id: string;
  try {
    ({ id } = await api['images.put']({ mime, dataBase64 }));
  } catch (error) {
    // A damaged file, or another file renamed .jpg: refused by what its bytes are, said like a wrong type
    // (with the file's name by the caller), not as an error of the app ("Tại: images.put").
    if (error instanceof ApiError && error.code === 'invalid_input') throw new ImageUploadError('content');
    throw error;
  }
  // Shown at once (the figure, the form's thumbnail) without reading it back.
  rememberImage(id, dataUrl);
  const size = await naturalSize(dataUrl);
  return { imageId: id, name: file.name.replace(/\.[^.]+$/, ''), ...size };
}
