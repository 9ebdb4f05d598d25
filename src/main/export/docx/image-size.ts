/** Pixel size read from an image's own header (PNG, JPEG, GIF, BMP), for when the model lacks it. */

export interface PixelSize {
  widthPx: number;
  heightPx: number;
}

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}
function u32be(bytes: Uint8Array, at: number): number {
  return (u16be(bytes, at) * 65536) + u16be(bytes, at + 2);
}
function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function i32le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24);
}

export function readPixelSize(bytes: Uint8Array): PixelSize | undefined {
  // PNG: IHDR width/height at 16 and 20.
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return positive(u32be(bytes, 16), u32be(bytes, 20));
  }
  // GIF: logical screen size, little-endian, at 6 and 8.
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return positive(u16le(bytes, 6), u16le(bytes, 8));
  // BMP: BITMAPINFOHEADER width/height at 18 and 22 (height may be negative for top-down).
  if (bytes[0] === 0x42 && bytes[1] === 0x4d) return positive(Math.abs(i32le(bytes, 18)), Math.abs(i32le(bytes, 22)));
  // JPEG: walk the segments to the first start-of-frame marker.
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1] ?? 0;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return positive(u16be(bytes, at + 7), u16be(bytes, at + 5));
      at += 2 + u16be(bytes, at + 2);
    }
  }
  return undefined;
}

function positive(widthPx: number, heightPx: number): PixelSize | undefined {
  return widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : undefined;
}
