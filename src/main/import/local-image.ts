/**
 * Pictures saved beside an imported .html file: LibreOffice writes `bao-cao_html_1a2b.png`, Word's
 * "Web Page" writes `bao-cao_files/image001.jpg`. Only files inside the page's own folder are read
 * (no "..", no absolute paths, no links out of it), only raster types recognised by their bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReadLocalImage } from './html-image';

const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

export function imageMimeOf(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function localImageReader(htmlFile: string): ReadLocalImage {
  const folder = fs.realpathSync(path.dirname(path.resolve(htmlFile)));
  return (relativePath) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(relativePath);
    } catch {
      return null;
    }
    const candidate = path.resolve(folder, decoded);
    if (!inside(folder, candidate)) return null;
    try {
      const real = fs.realpathSync(candidate);
      if (!inside(folder, real)) return null;
      const stat = fs.statSync(real);
      if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) return null;
      const bytes = fs.readFileSync(real);
      const mime = imageMimeOf(bytes);
      return mime ? { mime, bytes } : null;
    } catch {
      return null;
    }
  };
}
