// `npm run bench`: runs every benchmark in bench/ (each prints its own figures) one after another,
// so they do not compete for the two cores, then prints the headline figures in one table: each
// with its target, whether it is met, and the machine load (os.loadavg, 1 minute) when it was taken.
// `npm run bench -- keydown grid` runs only the benchmarks whose file name contains a word given.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = fs
  .readdirSync(here)
  .filter((name) => /\.bench\.ts$|^[a-z-]+\.ts$/.test(name))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
const loadNow = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
const startLoad = loadNow();
const figures = [];
let failed = 0;

/** One benchmark in its own process; BENCH-FIGURE lines (bench/support/figures.ts) are kept for the table. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, script)], { stdio: ['ignore', 'pipe', 'inherit'] });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('BENCH-FIGURE ')) return console.log(line);
      try {
        figures.push({ script, ...JSON.parse(line.slice('BENCH-FIGURE '.length)) });
      } catch {
        console.log(line);
      }
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  if ((await run(script)) !== 0) failed += 1;
}

const columns = ['figure', 'value', 'target', 'verdict', 'load', 'note'];
const rows = figures.map((figure) => [
  figure.name,
  `${Number(figure.value).toFixed(figure.unit === 's' || figure.unit === '×' ? 2 : 1)} ${figure.unit}`,
  figure.target || '—',
  figure.met === null ? '—' : figure.met ? 'met' : 'MISSED',
  Number(figure.load).toFixed(2),
  figure.note ?? '',
]);
const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => String(row[index]).length)));
const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ').trimEnd();
console.log(`\n=== Summary (${os.cpus().length} cores; load average at start ${startLoad}, at end ${loadNow()}) ===`);
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
if (rows.length === 0) console.log('(no headline figures: the benchmarks run print theirs above)');
console.log('Wall-clock figures include waiting for a busy CPU: compare them with the load beside them.');
process.exit(failed ? 1 : 0);
