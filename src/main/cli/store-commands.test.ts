import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { sampleDocument } from '../../../tests/support/store-fixtures';
import { createServices } from '../services/services';
import { runCli } from './main';

let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  tmp = makeTempDir();
  dbPath = path.join(tmp.dir, 'thuky.db');
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', dbPath], (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function seed(...docs: Parameters<typeof sampleDocument>[]): string[] {
  const services = createServices(dbPath);
  const ids = docs.map((args) => services.documents.importDocument(sampleDocument(...args)).id);
  services.close();
  return ids;
}

describe('thuky search', () => {
  it('prints hits best first as JSON with id, title, kind and snippet', async () => {
    const [body, title] = seed(['Tin bài', ['Hội nghị tại phường Thanh Xuân']], ['Thanh Xuân đoàn kết', ['nội dung']]);
    const result = await cli('search', 'thanh', 'xuan', '--json');
    expect(result.code).toBe(0);
    const hits = JSON.parse(result.out) as { id: string; title: string; kind: string; snippet: string }[];
    expect(hits.map((hit) => hit.id)).toEqual([title, body]);
    expect(Object.keys(hits[0]!).sort()).toEqual(['id', 'kind', 'snippet', 'title']);
    expect(hits[1]?.snippet).toContain('<mark>Thanh</mark> <mark>Xuân</mark>');
    const text = await cli('search', 'thanh xuan');
    expect(text.out).toContain('[Thanh] [Xuân]');
  });

  it('says so when nothing matches and refuses an empty query', async () => {
    seed(['Báo cáo', ['x']]);
    expect((await cli('search', 'không có')).out).toMatch(/Không tìm thấy/);
    expect((await cli('search', '--json', 'khong co')).out).toBe('[]');
    expect((await cli('search')).code).toBe(1);
  });
});

describe('thuky backup / restore', () => {
  it('backs up, lists, and restores', async () => {
    const [id] = seed(['Trước', ['a']]);
    const backup = await cli('backup', '--json');
    expect(backup.code).toBe(0);
    const info = JSON.parse(backup.out) as { file: string };
    expect(fs.existsSync(info.file)).toBe(true);
    expect((await cli('delete', id!)).code).toBe(0);
    expect(JSON.parse((await cli('list', '--json')).out)).toEqual([]);
    const restored = await cli('restore', info.file);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/Đã khôi phục/);
    expect(JSON.parse((await cli('list', '--json')).out)).toHaveLength(1);
    expect(JSON.parse((await cli('backups', '--json')).out).length).toBeGreaterThanOrEqual(2);
  });

  it('on a damaged database prints the Vietnamese message, exits non-zero, and restore FILE recovers', async () => {
    seed(['Quan trọng', ['a']]);
    const info = JSON.parse((await cli('backup', '--json')).out) as { file: string };
    fs.writeFileSync(dbPath, 'hỏng rồi');
    const listed = await cli('list');
    expect(listed.code).toBe(1);
    expect(listed.err).toMatch(/bị hỏng|không đọc được/);
    expect(listed.err).toMatch(/thư mục cách ly/);
    expect(listed.err).toContain(`thuky restore "${info.file}"`);
    expect(fs.readdirSync(path.join(tmp.dir, 'quarantine'))).toHaveLength(1);
    const again = await cli('list');
    expect(again.code).toBe(1); // not silently empty on the next command either
    expect(again.err).toMatch(/--start-empty/);
    const restored = await cli('restore', info.file);
    expect(restored.code).toBe(0);
    expect(JSON.parse((await cli('list', '--json')).out).map((d: { title: string }) => d.title)).toEqual(['Quan trọng']);
  });
});

describe('thuky --start-empty', () => {
  it('starts empty only when asked, after a quarantine', async () => {
    seed(['Cũ', ['a']]);
    fs.writeFileSync(dbPath, 'hỏng rồi');
    expect((await cli('list')).code).toBe(1);
    const fresh = await cli('list', '--json', '--start-empty');
    expect(fresh.code).toBe(0);
    expect(JSON.parse(fresh.out)).toEqual([]);
    expect((await cli('list', '--json')).code).toBe(0);
  });
});

describe('thuky archive', () => {
  it('moves every document to another database, ids kept, duplicates and conflicts detected', async () => {
    const ids = seed(['Một', ['Thanh Xuân']], ['Hai', ['b']]);
    const file = path.join(tmp.dir, 'chuyen.jsonl');
    expect((await cli('archive', 'export', file)).code).toBe(0);

    const first = await cli('archive', 'import', file, '--json');
    expect(JSON.parse(first.out)).toMatchObject({ imported: [], duplicates: expect.arrayContaining(ids), conflicts: [] });

    const other = dbPath;
    dbPath = path.join(tmp.dir, 'may-khac', 'thuky.db');
    const moved = JSON.parse((await cli('archive', 'import', file, '--json')).out) as { imported: string[] };
    expect(moved.imported.sort()).toEqual([...ids].sort());
    expect(JSON.parse((await cli('search', 'thanh xuan', '--json')).out).map((hit: { id: string }) => hit.id)).toEqual([ids[0]]);

    // Change one on the source, export again: importing it here is a conflict, not an overwrite.
    const services = createServices(other);
    const doc = services.documents.get(ids[1]!);
    services.documents.save(doc.id, { ...doc, title: 'Hai (đã sửa)' });
    services.close();
    const source = dbPath;
    dbPath = other;
    await cli('archive', 'export', file);
    dbPath = source;
    const again = JSON.parse((await cli('archive', 'import', file, '--json')).out);
    expect(again).toMatchObject({ imported: [], duplicates: [ids[0]], conflicts: [{ id: ids[1], title: 'Hai (đã sửa)' }] });
    expect(JSON.parse((await cli('show', ids[1]!, '--json')).out).title).toBe('Hai');
  });

  it('refuses a file that is not an archive, importing nothing', async () => {
    const file = path.join(tmp.dir, 'x.jsonl');
    fs.writeFileSync(file, '{"type":"document"}\n');
    const result = await cli('archive', 'import', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/không phải tệp lưu trữ/);
  });
});
