/**
 * Pictures for the web: a photo whose longest side is over maxSidePx (default 1600) is scaled down
 * and written as JPEG; the stored original is never touched. Pure JavaScript codecs (jpeg-js, pngjs)
 * so nothing native has to be built for Electron. Phone photos carry their rotation in EXIF, which a
 * re-encode would lose, so it is applied to the pixels. GIF and WebP pass through unchanged (no
 * codec here), as does anything that fails to decode: scaling must never fail an export.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { imagePixelSize, jpegOrientation } from '../../images/image-header';
import { orientPixels, scaleDownPixels, type Pixels } from './pixels';
import type { PortalImage } from './portal-images';

export const DEFAULT_MAX_SIDE_PX = 1600;
/** Good enough that a portal's own recompression shows no banding; about 1/3 the size of 95. */
export const WEB_JPEG_QUALITY = 85;
/** Decoding a larger picture would take too long and too much memory in one go. */
const MAX_DECODE_MEGAPIXELS = 100;

function decode(image: { mime: string; bytes: Uint8Array }): Pixels | null {
  const buffer = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
  if (image.mime === 'image/jpeg') {
    const decoded = jpeg.decode(buffer, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_DECODE_MEGAPIXELS, maxMemoryUsageInMB: 2048 });
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  }
  if (image.mime === 'image/png') {
    const decoded = PNG.sync.read(buffer);
    return { width: decoded.width, height: decoded.height, data: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength) };
  }
  return null;
}

/** Transparent parts of a PNG become white, as on a portal page, since JPEG has no alpha. */
function flattenOnWhite(pixels: Pixels): void {
  const { data } = pixels;
  for (let index = 0; index < data.length; index += 4) {
    const alpha = data[index + 3] as number;
    if (alpha === 255) continue;
    for (let channel = 0; channel < 3; channel += 1) {
      data[index + channel] = Math.round(((data[index + channel] as number) * alpha + 255 * (255 - alpha)) / 255);
    }
    data[index + 3] = 255;
  }
}

export function scaleForWeb(image: { mime: string; bytes: Uint8Array }, maxSidePx: number = DEFAULT_MAX_SIDE_PX): PortalImage {
  const original: PortalImage = { mime: image.mime, bytes: image.bytes };
  const size = imagePixelSize(image.bytes);
  const orientation = image.mime === 'image/jpeg' ? jpegOrientation(image.bytes) : 1;
  if (!size || (Math.max(size.width, size.height) <= maxSidePx && orientation === 1)) return original;
  try {
    const pixels = decode(image);
    if (!pixels) return original;
    const scale = Math.min(1, maxSidePx / Math.max(pixels.width, pixels.height));
    let out = scaleDownPixels(pixels, Math.max(1, Math.round(pixels.width * scale)), Math.max(1, Math.round(pixels.height * scale)));
    out = orientPixels(out, orientation);
    flattenOnWhite(out);
    const encoded = jpeg.encode({ width: out.width, height: out.height, data: out.data }, WEB_JPEG_QUALITY);
    return { mime: 'image/jpeg', bytes: new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.byteLength) };
  } catch {
    return original;
  }
}
