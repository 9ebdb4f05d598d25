/**
 * What an image file says about itself without decoding it: its size in pixels (PNG IHDR, JPEG SOFn,
 * GIF logical screen, WebP VP8/VP8L/VP8X) and a JPEG's EXIF orientation (TIFF tag 0x0112).
 * Used by both exports: Word scales pictures to the text width, the portal scales them for the web.
 */

export interface PixelSize {
  width: number;
  height: number;
}

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) * 0x1000000 + ((bytes[at + 1] ?? 0) << 16)) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** Start offsets of the JPEG segments before the image data, with their marker. */
function* jpegSegments(bytes: Uint8Array): Generator<{ marker: number; start: number; length: number }> {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] as number;
    if (marker === 0xd9 || marker === 0xda) return;
    const length = u16be(bytes, at + 2);
    yield { marker, start: at + 4, length: length - 2 };
    at += 2 + length;
  }
}

export function imagePixelSize(bytes: Uint8Array): PixelSize | null {
  const size = headerPixelSize(bytes);
  // A header that says 0 × n is damaged: callers fall back to the size stored with the document.
  return size && size.width > 0 && size.height > 0 ? size : null;
}

function headerPixelSize(bytes: Uint8Array): PixelSize | null {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (const segment of jpegSegments(bytes)) {
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
      if (segment.marker >= 0xc0 && segment.marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(segment.marker)) {
        return { height: u16be(bytes, segment.start + 1), width: u16be(bytes, segment.start + 3) };
      }
    }
    return null;
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return { width: u16le(bytes, 6), height: u16le(bytes, 8) };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8 ') return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = (bytes[21] ?? 0) | ((bytes[22] ?? 0) << 8) | ((bytes[23] ?? 0) << 16) | ((bytes[24] ?? 0) << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X') {
      const u24 = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
      return { width: u24(24) + 1, height: u24(27) + 1 };
    }
  }
  return null;
}

/** EXIF orientation 1–8 of a JPEG; 1 (as stored) when there is none or it cannot be read. */
export function jpegOrientation(bytes: Uint8Array): number {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  for (const segment of jpegSegments(bytes)) {
    if (segment.marker !== 0xe1 || ascii(bytes, segment.start, 6) !== 'Exif\0\0') continue;
    const tiff = segment.start + 6;
    const little = ascii(bytes, tiff, 2) === 'II';
    const u16 = (at: number) => (little ? u16le(bytes, at) : u16be(bytes, at));
    const u32 = (at: number) => (little ? u16le(bytes, at) + u16le(bytes, at + 2) * 0x10000 : u32be(bytes, at));
    const ifd = tiff + u32(tiff + 4);
    const entries = u16(ifd);
    for (let index = 0; index < entries; index += 1) {
      const entry = ifd + 2 + index * 12;
      if (entry + 12 > bytes.length) break;
      if (u16(entry) === 0x0112) {
        const value = u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
  }
  return 1;
}
