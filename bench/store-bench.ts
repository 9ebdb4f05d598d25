/**
 * Store benchmark (issue 6): 10,000 documents of about three pages each. Prints search p95
 * (target ≤ 30 ms), save p95 including the index update and revision check (≤ 10 ms), and the
 * time of a verified backup (≤ 5 s). Run: npx tsx bench/store-bench.ts [documentCount]
 *
 * Text is drawn (with a fixed seed) from the words of the real conference article in
 * tests/fixtures or tests' fallback vocabulary, so the index sees Vietnamese word frequencies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { paragraph } from '../src/shared/document/body';
import { createServices } from '../src/main/services/services';
import { sampleDocument } from '../tests/support/store-fixtures';

const COUNT = Number(process.argv[2] ?? 10_000);
const WORDS_PER_DOC = 1_500; // ~3 A4 pages at 13–14 pt (ND30)
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/thanh-xuan-2024-conference-article.txt');
const fallback =
  'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Xuân tổ chức hội nghị tổng kết công tác năm đoàn kết dân chủ đổi mới phát triển nhân dân cán bộ đảng viên thi đua giao ước chương trình phối hợp báo cáo kết quả đại biểu';
const vocabulary = (fs.existsSync(fixture) ? fs.readFileSync(fixture, 'utf8') : fallback).normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

let x = 20261127;
const random = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const sentence = (words: number) => Array.from({ length: words }, () => pick(vocabulary)).join(' ') + '.';

function paragraphs(): string[] {
  const out: string[] = [];
  let words = 0;
  while (words < WORDS_PER_DOC) {
    const n = 60 + Math.floor(random() * 60);
    out.push(sentence(n));
    words += n;
  }
  return out;
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(2)} ms`;
/** CPU time of this process in ms: on a shared machine the wall time also counts other programs' turns. */
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
console.log(`load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-bench-'));
const dbPath = path.join(dir, 'thuky.db');
try {
  const services = createServices(dbPath);
  const ids: string[] = [];
  let started = performance.now();
  const batch = 500;
  for (let at = 0; at < COUNT; at += batch) {
    services.db.transaction(() => {
      for (let i = at; i < Math.min(COUNT, at + batch); i++) {
        const doc = sampleDocument(`${pick(['Báo cáo', 'Tin bài', 'Chương trình', 'Giao ước'])} ${sentence(6)} số ${i}`, paragraphs(), {
          place: pick(['Thanh Xuân', 'Hà Nội', 'Đống Đa', 'Cầu Giấy']),
          signerName: `${pick(['Nguyễn', 'Trần', 'Lê', 'Phạm'])} ${pick(vocabulary)} ${pick(vocabulary)}`,
        });
        ids.push(services.documents.importDocument(doc).id);
      }
    })();
  }
  services.db.pragma('wal_checkpoint(TRUNCATE)');
  const sizeMb = fs.statSync(dbPath).size / 1048576;
  console.log(`setup: ${COUNT} documents (~${WORDS_PER_DOC} words each) in ${((performance.now() - started) / 1000).toFixed(1)} s, database ${sizeMb.toFixed(0)} MB`);

  // Search: common and rare words, accented and not, phrases, typing prefixes.
  const common = [...new Set(vocabulary.map((w) => w.toLowerCase()))];
  const queries: string[] = [];
  for (let i = 0; i < 300; i++) {
    const kind = i % 6;
    const word = pick(common);
    if (kind === 0) queries.push(word);
    else if (kind === 1) queries.push(word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'));
    else if (kind === 2) queries.push(`${pick(common)} ${pick(common)}`);
    else if (kind === 3) queries.push(word.slice(0, Math.max(2, word.length - 2)));
    else if (kind === 4) queries.push('thanh xuan');
    else queries.push('uy ban mat tran');
  }
  for (const query of queries.slice(0, 20)) services.search.query(query); // warm the page cache
  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  let totalHits = 0;
  for (const query of queries) {
    const cpu = cpuMs();
    started = performance.now();
    totalHits += services.search.query(query, 20).length;
    searchTimes.push(performance.now() - started);
    searchCpu.push(cpuMs() - cpu);
  }
  console.log(`search: ${queries.length} queries, 20 hits max with snippets: median ${ms(median(searchTimes))}, p95 ${ms(p95(searchTimes))} (target ≤ 30 ms), max ${ms(Math.max(...searchTimes))}; CPU p95 ${ms(p95(searchCpu))}; ${(totalHits / queries.length).toFixed(1)} hits/query`);

  // Save: one transaction with the row, the index update and the revision check; synchronous=FULL.
  const saveTimes: number[] = [];
  const saveCpu: number[] = [];
  for (let i = 0; i < 300; i++) {
    const doc = services.documents.get(pick(ids));
    const content = { title: doc.title, frame: doc.frame, portal: doc.portal, body: { type: 'doc' as const, content: paragraphs().map((text) => paragraph(text)) } };
    const cpu = cpuMs();
    started = performance.now();
    services.documents.save(doc.id, content, { explicit: i % 4 === 0 });
    saveTimes.push(performance.now() - started);
    saveCpu.push(cpuMs() - cpu);
  }
  console.log(`save: 300 saves (1 in 4 explicit, with revision): median ${ms(median(saveTimes))}, p95 ${ms(p95(saveTimes))} (target ≤ 10 ms), max ${ms(Math.max(...saveTimes))}; CPU p95 ${ms(p95(saveCpu))}`);

  started = performance.now();
  const backup = await services.backup.backupNow();
  const backupS = (performance.now() - started) / 1000;
  console.log(`backup: ${(backup.sizeBytes / 1048576).toFixed(0)} MB written, integrity_check and rename in ${backupS.toFixed(2)} s (target ≤ 5 s)`);
  console.log(`load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
  services.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
