/**
 * Whole-process cost of the `thuky` command, as a batch user and every CLI call pay it (issue 16):
 *  - `thuky export ID --format docx` of the benchmark report (300 paragraphs, 10 tables, 10 images,
 *    an attached 2,000-row attendee list) against the bare-library floor: bench/floor/bare-docx.mjs
 *    builds the same content with nothing but `docx` in its own process. Three alternating pairs
 *    after one warm-up of each; CPU (user + system) of each child from /usr/bin/time.
 *    Target: median thuky CPU ≤ 1.3 × median floor CPU.
 *  - `thuky list` on a 10,000-document database: median of three, target ≤ 0.3 s wall.
 * The command runs as users run it, `node bin/thuky.js …`; the CLI bundle is built first when stale.
 * Run: npx tsx bench/whole-process.ts [documentCount]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServices } from '../src/main/services/services';
import { seedSampleProfile } from '../tests/support/sample-profile';
import { ImageShelf, largeReport } from '../tests/support/docx-samples';
import { generatedRows, toCsv } from '../tests/support/attendee-fixtures';
import { sampleDocument } from '../tests/support/store-fixtures';
import { cliBundleIsCurrent } from '../bin/cli-bundle.js';
import { reportFigure } from './support/figures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'bin', 'thuky.js');
const FLOOR = path.join(root, 'bench', 'floor', 'bare-docx.mjs');
const LIST_DOCS = Number(process.argv[2] ?? 10_000);
const EXPORT_RATIO_TARGET = 1.3;
const LIST_TARGET_S = 0.3;
const PAIRS = 3;
const TIME = '/usr/bin/time';

interface Run {
  wallS: number;
  cpuS: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const load = () => `load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores`;

/** One child process; CPU from /usr/bin/time (user + system), wall from here. */
function measure(args: string[]): Run {
  const timing = path.join(os.tmpdir(), `thuky-bench-time-${process.pid}.txt`);
  const started = performance.now();
  const result = spawnSync(TIME, ['-f', '%U %S', '-o', timing, process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, THUKY_DB: '' } });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const [user, system] = fs.readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  fs.rmSync(timing, { force: true });
  return { wallS, cpuS: (user ?? 0) + (system ?? 0) };
}

function ensureBundle(): void {
  if (cliBundleIsCurrent(root)) return console.log('CLI bundle out/main/cli.js is current');
  const started = performance.now();
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (build.status !== 0) throw new Error(`electron-vite build failed: ${build.stderr}`);
  console.log(`CLI bundle was stale: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The benchmark report in a real database, with its images and an attached 2,000-row list. */
async function exportDatabase(dir: string): Promise<{ db: string; id: string; content: string }> {
  const db = path.join(dir, 'export.db');
  const services = createServices(db);
  try {
    // The CLI exports only once Thông tin cơ quan is saved.
    seedSampleProfile(services);
    const shelf = new ImageShelf();
    const { document } = largeReport(shelf, 0);
    const contentDir = path.join(dir, 'content');
    fs.mkdirSync(contentDir);
    for (const node of document.body.content) {
      if (node.type !== 'figure') continue;
      const id = String(node.attrs?.['imageId']);
      const image = shelf.resolve(id)!;
      const stored = services.images.put(image.mime, Buffer.from(image.bytes));
      fs.writeFileSync(path.join(contentDir, `${id}.png`), image.bytes);
      if (stored.id !== id) throw new Error('image ids differ between the shelf and the store');
    }
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = document;
    const doc = services.documents.importDocument({ ...rest, format: 'thuky.document/1' });
    const rows = generatedRows(2000);
    const imported = await services.attendees.commitImport(toCsv(rows), 'dai-bieu.csv');
    services.attendees.attach(doc.id, imported.listId);
    fs.writeFileSync(path.join(contentDir, 'content.json'), JSON.stringify({ body: document.body.content, rows }));
    return { db, id: doc.id, content: contentDir };
  } finally {
    services.close();
  }
}

/** LIST_DOCS documents of about three pages, like bench/store-bench.ts. */
function listDatabase(dir: string): string {
  const db = path.join(dir, 'list.db');
  const services = createServices(db);
  const words = 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị tổng kết công tác năm đoàn kết dân chủ đổi mới phát triển nhân dân cán bộ đảng viên thi đua giao ước chương trình phối hợp báo cáo kết quả đại biểu'.split(' ');
  let x = 20261203;
  const pick = () => words[(x = (x * 1103515245 + 12345) & 0x7fffffff) % words.length]!;
  const text = (count: number) => Array.from({ length: count }, pick).join(' ') + '.';
  try {
    for (let at = 0; at < LIST_DOCS; at += 500) {
      services.db.transaction(() => {
        for (let i = at; i < Math.min(LIST_DOCS, at + 500); i++) {
          services.documents.importDocument(sampleDocument(`Báo cáo ${text(6)} số ${i}`, Array.from({ length: 16 }, () => text(90))));
        }
      })();
    }
    services.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    services.close();
  }
  // Opening once as a user would leaves whatever per-file state the command keeps (e.g. a check cache).
  spawnSync(process.execPath, [BIN, 'list', '--db', db], { stdio: 'ignore' });
  return db;
}

async function main(): Promise<void> {
  console.log(load());
  if (!fs.existsSync(TIME)) {
    console.log(`skipped: needs ${TIME} to read each process's CPU time`);
    return;
  }
  ensureBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-process-'));
  try {
    const { db, id, content } = await exportDatabase(dir);
    const thukyArgs = [BIN, 'export', id, '--format', 'docx', '--out', path.join(dir, 'thuky.docx'), '--db', db];
    const floorArgs = [FLOOR, content, path.join(dir, 'floor.docx')];
    measure(thukyArgs);
    measure(floorArgs);
    const thuky: Run[] = [];
    const floor: Run[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      thuky.push(measure(thukyArgs));
      floor.push(measure(floorArgs));
    }
    const thukyCpu = median(thuky.map((run) => run.cpuS));
    const floorCpu = median(floor.map((run) => run.cpuS));
    const ratio = thukyCpu / floorCpu;
    const sizes = `${(fs.statSync(path.join(dir, 'thuky.docx')).size / 1024).toFixed(0)} KiB vs ${(fs.statSync(path.join(dir, 'floor.docx')).size / 1024).toFixed(0)} KiB`;
    console.log(`thuky export (docx, 300 paragraphs, 10 tables, 10 images, 2,000-row list), ${PAIRS} alternating pairs, whole process:`);
    console.log(`  thuky      CPU ${thuky.map((run) => run.cpuS.toFixed(2)).join(' ')} s, median ${thukyCpu.toFixed(2)} s; wall median ${median(thuky.map((run) => run.wallS)).toFixed(2)} s`);
    console.log(`  bare docx  CPU ${floor.map((run) => run.cpuS.toFixed(2)).join(' ')} s, median ${floorCpu.toFixed(2)} s; wall median ${median(floor.map((run) => run.wallS)).toFixed(2)} s   (output ${sizes})`);
    console.log(`  ratio thuky/bare docx CPU: ${ratio.toFixed(2)}   (target ≤ ${EXPORT_RATIO_TARGET}: ${ratio <= EXPORT_RATIO_TARGET ? 'met' : 'MISSED'})`);
    console.log(`  ${load()}`);
    reportFigure({
      name: 'thuky export CPU ÷ bare docx CPU (whole process)',
      value: ratio,
      unit: '×',
      target: `≤ ${EXPORT_RATIO_TARGET}×`,
      met: ratio <= EXPORT_RATIO_TARGET,
      note: `${thukyCpu.toFixed(2)} s vs ${floorCpu.toFixed(2)} s CPU, medians of ${PAIRS} alternating pairs`,
    });

    const started = performance.now();
    const listDb = listDatabase(dir);
    console.log(`thuky list on ${LIST_DOCS.toLocaleString('en')} documents (${(fs.statSync(listDb).size / 1048576).toFixed(0)} MB, set up in ${((performance.now() - started) / 1000).toFixed(0)} s), whole process:`);
    const lists = Array.from({ length: 3 }, () => measure([BIN, 'list', '--db', listDb]));
    const listWall = median(lists.map((run) => run.wallS));
    const listCpu = median(lists.map((run) => run.cpuS));
    const bare = Array.from({ length: 3 }, () => measure(['-e', '0']));
    const bareWall = median(bare.map((run) => run.wallS));
    console.log(`  wall ${lists.map((run) => run.wallS.toFixed(2)).join(' ')} s, median ${listWall.toFixed(2)} s (target ≤ ${LIST_TARGET_S} s: ${listWall <= LIST_TARGET_S ? 'met' : 'MISSED'}); CPU median ${listCpu.toFixed(2)} s`);
    console.log(`  floor: a bare \`node -e 0\` on this machine now: wall median ${bareWall.toFixed(2)} s, CPU median ${median(bare.map((run) => run.cpuS)).toFixed(2)} s`);
    console.log(`  ${load()}`);
    reportFigure({
      name: `thuky list, ${LIST_DOCS.toLocaleString('en')} documents (whole process, wall)`,
      value: listWall,
      unit: 's',
      target: `≤ ${LIST_TARGET_S} s`,
      met: listWall <= LIST_TARGET_S,
      note: `CPU ${listCpu.toFixed(2)} s; bare node start ${bareWall.toFixed(2)} s wall`,
    });
    if (ratio > EXPORT_RATIO_TARGET || listWall > LIST_TARGET_S) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
