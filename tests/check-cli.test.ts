// Acceptance (issue 15): `thuky check` on the real article (mixed Uỷ/Ủy) with an added misspelt
// syllable and a "…" leftover names all three, as JSON in the agreed shape, exit 0.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

const FIXTURE = path.resolve(__dirname, 'fixtures/thanh-xuan-2024-conference-article.txt');
let tmp: ReturnType<typeof makeTempDir>;
let db: string;

beforeAll(() => {
  tmp = makeTempDir('thuky-check-');
  db = path.join(tmp.dir, 'thuky.db');
  seedCliStore(db);
});
afterAll(() => tmp.cleanup());

const thuky = (...args: string[]) => runThuky([...args, '--db', db]);

describe('thuky check', () => {
  it('names the misspelt syllable, the mixed tone style and the leftover of the real article', () => {
    const article = fs.readFileSync(FIXTURE, 'utf8').replace(
      'Dự hội nghị có:',
      'Dự hội nghị có các đồng chí đại biểu tiêu biẻu, … cùng:',
    );
    const file = path.join(tmp.dir, 'bai-viet.txt');
    fs.writeFileSync(file, article);
    // --keep-tones: the article as written (an import otherwise writes the profile's kiểu bỏ dấu).
    const imported = thuky('import', file, '--keep-tones');
    expect(imported.code, imported.stderr).toBe(0);
    const id = imported.stdout.trim();

    const run = thuky('check', id, '--json');
    expect(run.code, run.stderr).toBe(0);
    const findings = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['kind', 'message', 'text', 'from', 'to']));
    }
    const spelling = findings.filter((f) => f.kind === 'spelling');
    expect(spelling.map((f) => f.text)).toEqual(['biẻu']);
    expect(String(spelling[0]?.message)).toContain('biểu');
    const tones = findings.filter((f) => f.kind === 'tone-style');
    // the article's "Uỷ" in its title and body (the byline is portal data, not checked)
    expect(tones.length).toBe(5);
    expect(tones.filter((f) => f.field === 'title').length).toBe(1);
    expect(tones.every((f) => f.text === 'Uỷ' && f.fix === 'Ủy')).toBe(true);
    expect(findings.some((f) => f.kind === 'leftover' && f.text === '…')).toBe(true);

    // without --json: one line per finding, still exit 0
    const plain = thuky('check', id);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('[spelling]');
  });
});
