/**
 * Crash safety (issue 6): a child process saves in a loop through the real services and is killed
 * with SIGKILL at random moments, 200 times. After every kill the database must pass
 * integrity_check, hold the last acknowledged save (or the one in flight, never an older one),
 * and its search index must agree with the document.
 *
 * The child is bundled once with esbuild so each start costs ~0.15 s instead of tsx's ~0.5 s.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../src/main/db/recovery';
import { templatesDir } from '../src/main/paths/app-root';
import { createServices } from '../src/main/services/services';
import { sampleDocument } from './support/store-fixtures';
import { makeTempDir } from './support/temp-dir';

const KILLS = 200;
const root = path.resolve(__dirname, '..');
let tmp: ReturnType<typeof makeTempDir>;
let writer: string;

beforeAll(async () => {
  tmp = makeTempDir();
  // Inside the package so the bundle resolves better-sqlite3 from node_modules.
  const cacheDir = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true }); // absent on a fresh `npm ci`
  const outDir = fs.mkdtempSync(path.join(cacheDir, 'thuky-crash-'));
  writer = path.join(outDir, 'crash-writer.mjs');
  await build({
    entryPoints: [path.join(root, 'tests/support/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writer,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
});
afterAll(() => {
  tmp.cleanup();
  if (writer) fs.rmSync(path.dirname(writer), { recursive: true, force: true });
});

/** Runs the writer until it is killed; resolves with the last counter it acknowledged. */
function runAndKill(dbPath: string, id: string, first: number, seed: () => number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, id, templatesDir(), String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck: number | undefined;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // A quarter of the kills land anywhere (during start, open, first save); the rest once saving.
    const early = seed() < 0.25;
    if (early) timer = setTimeout(kill, Math.floor(seed() * 150));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) lastAck = Number(line);
      if (!early && timer === undefined) timer = setTimeout(kill, Math.floor(seed() * 40));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${code}): ${stderr}`));
      else resolve(lastAck);
    });
  });
}

/** One database killed `kills` times; returns how many saves were acknowledged in all. */
async function killLoop(lane: number, kills: number): Promise<number> {
  const dbPath = path.join(tmp.dir, `lane-${lane}`, 'thuky.db');
  const services = createServices(dbPath);
  const id = services.documents.importDocument(sampleDocument('Lưu 0', ['moc0'])).id;
  services.close();

  let x = 20261127 + lane;
  const seed = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let committed = 0;
  let acknowledgedSaves = 0;
  for (let round = 0; round < kills; round++) {
    const where = `lane ${lane}, round ${round}`;
    const lastAck = await runAndKill(dbPath, id, committed + 1, seed);
    if (lastAck !== undefined) acknowledgedSaves += lastAck - committed;

    // What the app does at its next start: a read-only look must find the file healthy (not quarantine it).
    expect(checkDatabaseFile(dbPath), where).toEqual({ ok: true, fresh: false });
    const db = new Database(dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
      const row = db.prepare('SELECT title FROM documents WHERE id = ?').get(id) as { title: string };
      const inDb = Number(row.title.replace('Lưu ', ''));
      // Never older than the last acknowledged save; at most the one save that was in flight.
      const floor = lastAck ?? committed;
      expect(inDb, `${where}: acknowledged ${floor}`).toBeGreaterThanOrEqual(floor);
      expect(inDb, where).toBeLessThanOrEqual(floor + 1);
      // The index was written in the same transaction: it finds exactly this save's marker.
      const hit = db.prepare('SELECT m.document_id AS id FROM search_folded f JOIN search_map m ON m.rowid = f.rowid WHERE search_folded MATCH ?').all(`"moc${inDb}"`);
      expect(hit, `${where}: index`).toEqual([{ id }]);
      expect(db.prepare('SELECT count(*) AS n FROM search_map').get()).toEqual({ n: 1 });
      committed = inDb;
    } finally {
      db.close();
    }
  }
  return acknowledgedSaves;
}

describe('SIGKILL during saves', () => {
  it(`keeps the database sound and the last acknowledged save, ${KILLS} times`, { timeout: 300_000 }, async () => {
    // Two databases side by side: each child mostly waits on fsync, so two lanes halve the wall time.
    const acknowledged = await Promise.all([killLoop(1, KILLS / 2), killLoop(2, KILLS / 2)]);
    // The kills did land while saving, not only between runs.
    expect(acknowledged[0]! + acknowledged[1]!).toBeGreaterThan(KILLS);
  });
});
