/** `thuky export ID --format docx --out FILE` as a user runs it: a whole file, or none and one line why. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { readDocx, textOf } from './support/docx-xml';
import { makeTempDir } from './support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: string;
let id: string;

const thuky = (...args: string[]) => runThuky([...args, '--db', db]);

beforeAll(() => {
  tmp = makeTempDir('thuky-docx-cli-');
  db = path.join(tmp.dir, 'thuky.db');
  seedCliStore(db);
  const created = thuky('new', '--template', 'bao-cao-ket-qua-hoi-nghi', '--json');
  expect(created.code).toBe(0);
  id = (JSON.parse(created.stdout) as { id: string }).id;
});
afterAll(() => tmp.cleanup());

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => !name.startsWith('thuky.db') && name !== 'backups');
}

describe('thuky export --format docx', () => {
  it('writes a Word file and reports what the document lacks', () => {
    const out = path.join(tmp.dir, 'bao-cao.docx');
    const run = thuky('export', id, '--format', 'docx', '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { file: string; bytes: number; problems: string[] };
    expect(result.problems).toContain('Chưa có ngày ban hành: văn thư sẽ phải ghi tay ngày ký');
    const bytes = fs.readFileSync(out);
    expect(bytes.length).toBe(result.bytes);
    expect(textOf(readDocx(new Uint8Array(bytes)).document)).toContain('Nơi nhận:');
    expect(filesIn(tmp.dir)).toEqual(['bao-cao.docx']);
  });

  it('gives the same bytes on a second export, whatever the time zone', () => {
    const first = path.join(tmp.dir, 'lan-1.docx');
    const second = path.join(tmp.dir, 'lan-2.docx');
    expect(runThuky(['export', id, '--format', 'docx', '--out', first, '--db', db], { TZ: 'UTC' }).code).toBe(0);
    expect(runThuky(['export', id, '--format', 'docx', '--out', second, '--db', db], { TZ: 'Asia/Ho_Chi_Minh' }).code).toBe(0);
    expect(fs.readFileSync(second).equals(fs.readFileSync(first))).toBe(true);
  });

  it.each([
    ['an unknown format', () => ['export', id, '--format', 'odt'], /định dạng "odt"/],
    ['a malformed id', () => ['export', 'khong-phai-ma', '--format', 'docx'], /UUIDv7/],
    ['an id not in the store', () => ['export', '01900000-0000-7000-8000-0000000000ff', '--format', 'docx'], /Không tìm thấy|không tìm thấy/],
  ])('refuses %s with one line and writes nothing', (_label, args, message) => {
    const dir = makeTempDir('thuky-docx-none-');
    try {
      const out = path.join(dir.dir, 'x.docx');
      const run = thuky(...args(), '--out', out);
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(fs.readdirSync(dir.dir)).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });

  it('fails on an unwritable target without leaving a temporary file', () => {
    const out = path.join(tmp.dir, 'khong-co', 'x.docx');
    const run = thuky('export', id, '--format', 'docx', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Không ghi được tệp');
    expect(fs.existsSync(path.dirname(out))).toBe(false);
  });
});
