/**
 * Attendee list speed (issue 5): 5,000-row .xlsx import (read + preview + commit) ≤ 2 s, Word export
 * of the list ≤ 2 s, plus .xlsx/.csv export and save of the whole list. Median of 5 runs after a warm-up.
 * Run: npx tsx bench/attendees.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../src/main/services/services';
import { generatedRows, toXlsx } from '../tests/support/attendee-fixtures';

const ROWS = 5000;
const RUNS = 5;
const LIMIT_MS = 2000;

async function median(label: string, run: () => Promise<unknown> | unknown, limitMs?: number): Promise<number> {
  await run(); // warm-up (JIT, module loading)
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const value = times[Math.floor(times.length / 2)]!;
  const verdict = limitMs === undefined ? '' : value <= limitMs ? `  ok (≤ ${limitMs} ms)` : `  TOO SLOW (> ${limitMs} ms)`;
  console.log(`${label.padEnd(46)} median ${value.toFixed(0).padStart(6)} ms  (min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)})${verdict}`);
  return value;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-attendees-'));
  const services = createServices(path.join(dir, 'thuky.db'));
  try {
    const xlsx = await toXlsx(generatedRows(ROWS));
    console.log(`${ROWS} rows, .xlsx ${(xlsx.byteLength / 1024).toFixed(0)} KB, node ${process.version}, ${os.cpus().length} CPU`);
    let listId = '';
    const importMs = await median(`import .xlsx ${ROWS} rows (read+check+write)`, async () => {
      listId = (await services.attendees.commitImport(xlsx, 'bench.xlsx')).listId;
    }, LIMIT_MS);
    const docxMs = await median(`Word export of the list (${ROWS} rows)`, () => services.exports.listWord(listId), LIMIT_MS);
    await median(`export .xlsx (${ROWS} rows)`, () => services.attendees.export(listId, 'xlsx'));
    await median(`export .csv (${ROWS} rows)`, () => services.attendees.export(listId, 'csv'));
    const list = services.attendees.get(listId);
    await median(`save the whole list (${ROWS} rows)`, () => services.attendees.save(list));
    await median(`read the list (${ROWS} rows)`, () => services.attendees.get(listId));
    if (importMs > LIMIT_MS || docxMs > LIMIT_MS) process.exitCode = 1;
  } finally {
    services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
