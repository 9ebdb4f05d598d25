// Spell check while typing (issue 15): per keystroke the editor's plugin (src/renderer/src/editor/
// spell-check.ts) maps its decorations and checks the touched paragraph again with unknownWords;
// this measures that paragraph check on every paragraph of the real article, growing as typed.
// Target: under 1 ms per paragraph typed. (The plugin's incremental behaviour is tested in
// spell-check.test.ts; this bench stays under Node without the renderer's build settings.)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unknownWords } from '../src/shared/text/spelling/spell-check';

const here = path.dirname(fileURLToPath(import.meta.url));
const paragraphs = fs
  .readFileSync(path.join(here, '../tests/fixtures/thanh-xuan-2024-conference-article.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());

const t0 = performance.now();
unknownWords('khởi động');
console.log(`syllable table built on first use: ${(performance.now() - t0).toFixed(1)} ms`);

const typed = ' tổng kết công tác năm';
const times: number[] = [];
for (const paragraph of paragraphs) {
  // each keystroke re-checks the paragraph as it stands
  for (let i = 0; i <= typed.length; i++) {
    const text = paragraph + typed.slice(0, i);
    const start = performance.now();
    unknownWords(text);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
const longest = Math.max(...paragraphs.map((p) => p.length)) + typed.length;
console.log(`paragraph check per keystroke (${times.length} keystrokes, paragraphs up to ${longest} characters): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms — target < 1 ms`);
process.exitCode = median < 1 ? 0 : 1;
