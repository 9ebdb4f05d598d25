/**
 * Draws the app icon (a white sheet with text lines and a gold star on a red tile: an official
 * document, in the colours of the flag) and writes build/icon.png (512), build/icons/N.png for
 * Linux and build/icon.ico (16–256; small sizes as bitmaps, 256 as PNG) for Windows and NSIS.
 * Run: npx tsx scripts/make-icons.ts. The outputs are committed (electron-builder reads them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];
const RED: Rgba = [178, 34, 34, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [120, 120, 128, 255];
const GOLD: Rgba = [255, 205, 0, 255];
const FOLD: Rgba = [222, 222, 228, 255];

/** Shapes in a 1×1 square, later ones on top. */
function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function star(cx: number, cy: number, outer: number) {
  const inner = outer * 0.382;
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? outer : inner;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return (x: number, y: number) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

const page = (x: number, y: number) => x >= 0.27 && x <= 0.73 && y >= 0.2 && y <= 0.82 && x - 0.61 <= y - 0.2;
const fold = (x: number, y: number) => x >= 0.61 && x <= 0.73 && y >= 0.2 && y <= 0.32 && x - 0.61 <= y - 0.2;
const lines = (x: number, y: number) =>
  [0.44, 0.52, 0.6, 0.68].some((ly, i) => y >= ly && y <= ly + 0.028 && x >= 0.34 && x <= (i === 3 ? 0.55 : 0.66)) ||
  (y >= 0.36 && y <= 0.388 && x >= 0.34 && x <= 0.52);

const layers: [(x: number, y: number) => boolean, Rgba][] = [
  [roundedRect(0.06, 0.06, 0.94, 0.94, 0.18), RED],
  [page, WHITE],
  [fold, FOLD],
  [lines, LINE],
  [star(0.27, 0.23, 0.11), GOLD],
];

function render(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour: Rgba = [0, 0, 0, 0];
          for (const [shape, fill] of layers) if (shape(x, y)) colour = fill;
          // Premultiplied, so edges against transparency do not darken.
          sum[0]! += (colour[0] * colour[3]) / 255;
          sum[1]! += (colour[1] * colour[3]) / 255;
          sum[2]! += (colour[2] * colour[3]) / 255;
          sum[3]! += colour[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3]! / n;
      const at = (py * size + px) * 4;
      png.data[at] = alpha ? Math.round((sum[0]! / n) * (255 / alpha)) : 0;
      png.data[at + 1] = alpha ? Math.round((sum[1]! / n) * (255 / alpha)) : 0;
      png.data[at + 2] = alpha ? Math.round((sum[2]! / n) * (255 / alpha)) : 0;
      png.data[at + 3] = Math.round(alpha);
    }
  }
  return png;
}

/** A 32-bit DIB icon image: BITMAPINFOHEADER, BGRA rows bottom-up, an all-clear AND mask. */
function dibEntry(png: PNG): Buffer {
  const size = png.width;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = png.data[from + 2]!;
      pixels[to + 1] = png.data[from + 1]!;
      pixels[to + 2] = png.data[from]!;
      pixels[to + 3] = png.data[from + 3]!;
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

function ico(images: { size: number; data: Buffer }[]): Buffer {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + i * 16;
    head.writeUInt8(size >= 256 ? 0 : size, at);
    head.writeUInt8(size >= 256 ? 0 : size, at + 1);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(data.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((image) => image.data)]);
}

const buildDir = path.resolve(import.meta.dirname, '..', 'build');
fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), PNG.sync.write(render(size)));
fs.copyFileSync(path.join(buildDir, 'icons', '512x512.png'), path.join(buildDir, 'icon.png'));
const icoImages = [16, 24, 32, 48, 64, 128].map((size) => ({ size, data: dibEntry(render(size)) }));
icoImages.push({ size: 256, data: PNG.sync.write(render(256)) });
fs.writeFileSync(path.join(buildDir, 'icon.ico'), ico(icoImages));
console.log(`icons written to ${buildDir}`);
