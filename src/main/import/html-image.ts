/**
 * What an <img src> becomes on import. Embedded raster data (data:image/png|jpeg|gif|webp;base64)
 * is stored by content; anything else — a web address, a file: or cid: reference from Word, an SVG
 * — is never fetched or kept as a reference (no tracking pixels in an export): it becomes a visible
 * placeholder that names the address, so the secretary can insert the picture by hand. A picture
 * saved beside an imported .html file (LibreOffice and Word write them so) is read from that folder.
 */
import { isAppError } from '../../shared/errors/app-error';
import { toNfc } from '../../shared/text/nfc';

/** Stores image bytes (checked against their declared type) and returns the content id. */
export type PutImage = (mime: string, bytes: Buffer) => { id: string };

export type ImageSource = { kind: 'image'; imageId: string } | { kind: 'placeholder'; text: string };

const EMBEDDED = /^data:(image\/(?:png|jpeg|jpg|gif|webp));base64,([A-Za-z0-9+/=\s]+)$/i;
const MAX_SHOWN_ADDRESS = 300;

function shown(address: string): string {
  const clean = toNfc(address.replace(/\s+/g, ' ').trim());
  if (clean.startsWith('data:')) return clean.slice(0, clean.indexOf(',') > 0 ? Math.min(clean.indexOf(','), 60) : 60);
  return clean.length > MAX_SHOWN_ADDRESS ? `${clean.slice(0, MAX_SHOWN_ADDRESS)}…` : clean;
}

export function imagePlaceholderText(address: string): string {
  return address.trim() ? `[Ảnh chưa được đưa vào, địa chỉ gốc: ${shown(address)}]` : '[Ảnh chưa được đưa vào: không có địa chỉ]';
}

/** Bytes of a picture saved beside an imported .html file ("bao-cao_html_1.png"), or null. */
export type ReadLocalImage = (relativePath: string) => { mime: string; bytes: Buffer } | null;

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:)(?![/\\])[^?#]+$/i;

export function readImageSource(src: string, putImage: PutImage | undefined, readLocal?: ReadLocalImage): ImageSource {
  const local = readLocal && putImage && RELATIVE.test(src.trim()) ? readLocal(src.trim()) : null;
  if (local && putImage) return store(local.mime, local.bytes, putImage);
  const match = EMBEDDED.exec(src.trim());
  if (!match || !putImage) return { kind: 'placeholder', text: imagePlaceholderText(src) };
  const mime = (match[1] as string).toLowerCase().replace('image/jpg', 'image/jpeg');
  const bytes = Buffer.from((match[2] as string).replace(/\s+/g, ''), 'base64');
  return store(mime, bytes, putImage);
}

function store(mime: string, bytes: Buffer, putImage: PutImage): ImageSource {
  try {
    return { kind: 'image', imageId: putImage(mime, bytes).id };
  } catch (error) {
    if (isAppError(error)) return { kind: 'placeholder', text: `[Ảnh không đọc được (${mime}): ${error.message}]` };
    throw error;
  }
}
