// Portal export figures: scaling a 12-megapixel phone photo for the web (pure-JS codecs), the HTML
// of a long article with its gate, and importing Word clipboard HTML. Plain figures, no pass/fail.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { sanitizePortalHtml } from '../src/main/export/html/sanitize-allowlist';
import { toPortalHtml } from '../src/main/export/html/to-portal-html';
import { scaleForWeb } from '../src/main/export/html/web-image';
import { htmlToBody } from '../src/main/import/html-import';
import type { BodyNode } from '../src/shared/document/body';
import { PortalHtmlOptions } from '../src/shared/export/portal-html-options';

const here = path.dirname(fileURLToPath(import.meta.url));

function time<T>(label: string, run: () => T, repeat = 1): T {
  let result: T | undefined;
  const start = process.hrtime.bigint();
  for (let index = 0; index < repeat; index += 1) result = run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / repeat;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms`);
  return result as T;
}

// A 4000 × 3000 photo-like JPEG (gradient + noise, quality 90).
const width = 4000;
const height = 3000;
const data = Buffer.alloc(width * height * 4);
let seed = 7;
for (let y = 0; y < height; y += 1)
  for (let x = 0; x < width; x += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const at = (y * width + x) * 4;
    data[at] = (x * 255) / width + (seed & 15);
    data[at + 1] = (y * 255) / height;
    data[at + 2] = 128 + ((seed >> 4) & 31);
    data[at + 3] = 255;
  }
const photo = jpeg.encode({ width, height, data }, 90).data;
console.log(`photo: ${width}×${height} JPEG, ${(photo.length / 1e6).toFixed(2)} MB`);
const scaled = time('scaleForWeb 4000×3000 JPEG → longest side 1600', () => scaleForWeb({ mime: 'image/jpeg', bytes: photo }, 1600));
console.log(`scaled: ${(scaled.bytes.length / 1e3).toFixed(0)} kB`);

const paragraphs: BodyNode[] = Array.from({ length: 400 }, (_, index) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: `Đoạn ${index + 1}: Ủy ban MTTQ Việt Nam quận Thanh Xuân tổ chức Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024. `.repeat(3) }],
}));
const doc = { title: 'Tin dài', body: { type: 'doc' as const, content: paragraphs }, portal: { author: 'Quốc Định', publishedAt: '2024-01-31T16:20' } };
const html = time('toPortalHtml, 400 paragraphs (≈130 kB), gate included', () => toPortalHtml(doc, PortalHtmlOptions.parse({}), () => null), 20);
time('sanitizePortalHtml again on that output (idempotent pass)', () => sanitizePortalHtml(html), 20);

const clipboard = fs.readFileSync(path.join(here, '../tests/fixtures/word-clipboard.html'), 'utf8');
const big = clipboard.replace('<!--EndFragment-->', clipboard.slice(clipboard.indexOf('<!--StartFragment-->'), clipboard.indexOf('<!--EndFragment-->')).repeat(50) + '<!--EndFragment-->');
console.log(`word clipboard HTML ×50: ${(big.length / 1e3).toFixed(0)} kB`);
time('htmlToBody (Word clipboard, lists + tables)', () => htmlToBody(big), 5);
