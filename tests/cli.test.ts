import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

const FIXTURE = path.resolve(__dirname, 'fixtures/thanh-xuan-2024-conference-article.txt');
let tmp: ReturnType<typeof makeTempDir>;
let db: string;

beforeAll(() => {
  tmp = makeTempDir('thuky-cli-');
  db = path.join(tmp.dir, 'data', 'thuky.db');
  seedCliStore(db);
});
afterAll(() => tmp.cleanup());

function thuky(...args: string[]) {
  return runThuky([...args, '--db', db]);
}

function documentCount(): number {
  const handle = new Database(db, { readonly: true });
  const row = handle.prepare('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL').get() as { n: number };
  handle.close();
  return row.n;
}

describe('thuky CLI', () => {
  it('lists the six built-in templates as JSON', () => {
    const run = thuky('templates', '--json');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as Array<{ id: string; kind: string; name: string }>;
    expect(list.map((item) => item.kind).sort()).toEqual(['article', 'attendees', 'invitation', 'pledge', 'program', 'report']);
    expect(list.map((item) => item.name)).toEqual(
      expect.arrayContaining(['Báo cáo kết quả hội nghị', 'Danh sách đại biểu', 'Giao ước thi đua', 'Chương trình phối hợp', 'Giấy mời']),
    );
    for (const item of list) expect(Object.keys(item).sort()).toEqual(['id', 'kind', 'name']);
  });

  it('creates, lists, shows and deletes a document', () => {
    const created = thuky('new', '--template', 'bao-cao-ket-qua-hoi-nghi', '--title', 'Báo cáo Hội nghị phát động thi đua', '--json');
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = JSON.parse(thuky('list', '--json').stdout) as Array<{ id: string; kind: string; title: string }>;
    expect(listed).toContainEqual(expect.objectContaining({ id, kind: 'report', title: 'Báo cáo Hội nghị phát động thi đua' }));

    const shown = JSON.parse(thuky('show', id, '--json').stdout) as { format: string; frame: { symbol: string; documentType: string; signer: { authority: string } } };
    expect(shown.format).toBe('thuky.document/1');
    expect(shown.frame.symbol).toBe('BC-MTTQ-BTT');
    expect(shown.frame.documentType).toBe('BÁO CÁO');
    expect(shown.frame.signer.authority).toBe('TM.');

    const text = thuky('show', id);
    expect(text.stdout).toContain('Số:     /BC-MTTQ-BTT');
    expect(text.stdout).toContain('I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ');

    const deleted = thuky('delete', id);
    expect(deleted.code).toBe(0);
    expect((JSON.parse(thuky('list', '--json').stdout) as Array<{ id: string }>).map((item) => item.id)).not.toContain(id);
  });

  it('imports the conference article as text and the interchange JSON back', () => {
    // --keep-tones: the words exactly as the file has them (the default writes the profile's style, below).
    const imported = thuky('import', FIXTURE, '--json', '--keep-tones');
    expect(imported.code, imported.stderr).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const doc = JSON.parse(thuky('show', id, '--json').stdout) as { title: string; portal: unknown; body: { content: Array<{ content?: Array<{ text: string }> }> } };
    expect(doc.title).toBe('Uỷ ban MTTQ Việt Nam quận Thanh Xuân tổ chức hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024');
    // Portal text (article-text-import.ts): the date-time line and the byline go to portal fields,
    // the portal's navigation after the blank line is left out; the paragraphs between stay as they are.
    expect(doc.portal).toEqual({ author: 'Uỷ ban MTTQ quận Thanh Xuân', publishedAt: '2024-01-31T16:20' });
    const firstLines = fs.readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 10).filter((line) => line.trim());
    expect(doc.body.content.map((node) => node.content?.[0]?.text)).toEqual(firstLines.slice(2, -1).map((line) => line.trim().normalize('NFC')));

    // Round trip through the interchange form: same content under a new id.
    const file = path.join(tmp.dir, 'export.json');
    const original = JSON.parse(thuky('show', id, '--json').stdout) as Record<string, unknown>;
    delete original.id;
    fs.writeFileSync(file, JSON.stringify(original));
    const again = thuky('import', file, '--json');
    expect(again.code, again.stderr).toBe(0);
    const copy = JSON.parse(thuky('show', (JSON.parse(again.stdout) as { id: string }).id, '--json').stdout) as { body: unknown; title: string };
    expect(copy.body).toEqual(doc.body);
    expect(copy.title).toBe(doc.title);
  });

  it("writes an import in the profile's kiểu bỏ dấu by default; --normalise-tones asks the same, --keep-tones keeps the file's", () => {
    const title = (...flags: string[]) => {
      const run = thuky('import', FIXTURE, '--json', ...flags);
      expect(run.code, run.stderr).toBe(0);
      const doc = JSON.parse(thuky('show', (JSON.parse(run.stdout) as { id: string }).id, '--json').stdout) as { title: string; body: unknown };
      return { title: doc.title, body: JSON.stringify(doc.body) };
    };
    // The default profile writes the old style, Decree 30's own (Ủy); the fixture has "Uỷ".
    const byDefault = title();
    expect(byDefault.title).toMatch(/^Ủy ban MTTQ Việt Nam quận Thanh Xuân/);
    expect(byDefault.body).not.toContain('Uỷ');
    expect(title('--normalise-tones')).toEqual(byDefault);
    const kept = title('--keep-tones');
    expect(kept.title).toMatch(/^Uỷ ban MTTQ/);
    expect(kept.body).toContain('Uỷ');
  });

  it('normalises decomposed Vietnamese to NFC on import', () => {
    const file = path.join(tmp.dir, 'nfd.txt');
    fs.writeFileSync(file, 'Hội nghị Mặt trận\n\nỦy ban nhân dân phường'.normalize('NFD'));
    const { id } = JSON.parse(thuky('import', file, '--json').stdout) as { id: string };
    const raw = thuky('show', id, '--json').stdout;
    expect(raw).toContain('Hội nghị Mặt trận');
    expect(raw).toBe(raw.normalize('NFC'));
  });

  describe('bad input fails cleanly and writes nothing', () => {
    it.each([
      [['new', '--template', 'khong-co-mau'], /Không có mẫu văn bản "khong-co-mau"/],
      [['new'], /Thiếu --template/],
      [['show', 'not-an-id'], /UUIDv7/],
      [['show', '01a21d2c-6df9-7608-9379-b19e4858e618'], /Không tìm thấy văn bản/],
      [['delete'], /Thiếu mã văn bản/],
      [['frobnicate'], /Lệnh không hợp lệ/],
      [['list', '--colour'], /tham số dòng lệnh/],
      [['import', '/no/such/file.txt'], /Không đọc được tệp/],
    ])('thuky %j', (args, message) => {
      const before = documentCount();
      const run = thuky(...(args as string[]));
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message as RegExp);
      expect(run.stdout).toBe('');
      expect(documentCount()).toBe(before);
    });

    it('rejects a malformed interchange file naming the field', () => {
      const file = path.join(tmp.dir, 'bad.json');
      const valid = JSON.parse(thuky('show', (JSON.parse(thuky('list', '--json').stdout) as Array<{ id: string }>)[0]!.id, '--json').stdout) as Record<string, unknown>;
      delete valid.id;
      fs.writeFileSync(file, JSON.stringify({ ...valid, frame: { ...(valid.frame as object), date: '31/01/2024' } }));
      const before = documentCount();
      const run = thuky('import', file);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/bad\.json › Ngày tháng \(frame\.date\): Ngày phải có dạng YYYY-MM-DD/);
      expect(documentCount()).toBe(before);
    });

    it('rejects invalid JSON, a binary .txt, an unknown extension and a duplicate id', () => {
      const broken = path.join(tmp.dir, 'broken.json');
      fs.writeFileSync(broken, '{"title": ');
      expect(thuky('import', broken).stderr).toMatch(/broken\.json: JSON không hợp lệ/);
      const binary = path.join(tmp.dir, 'binary.txt');
      fs.writeFileSync(binary, Buffer.from([0x54, 0x00, 0x01, 0x02]));
      expect(thuky('import', binary).stderr).toMatch(/nhị phân/);
      const odd = path.join(tmp.dir, 'list.xyz');
      fs.writeFileSync(odd, 'x');
      expect(thuky('import', odd).stderr).toMatch(/Chưa hỗ trợ nhập tệp ".xyz"/);
      const existing = thuky('show', (JSON.parse(thuky('list', '--json').stdout) as Array<{ id: string }>)[0]!.id, '--json').stdout;
      const duplicate = path.join(tmp.dir, 'dup.json');
      fs.writeFileSync(duplicate, existing);
      const before = documentCount();
      const run = thuky('import', duplicate);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/đã có trong cơ sở dữ liệu/);
      expect(documentCount()).toBe(before);
    });

    it('refuses a database from a newer thuky without touching it', () => {
      const newer = path.join(tmp.dir, 'newer.db');
      const handle = new Database(newer);
      handle.pragma('user_version = 999');
      handle.close();
      const bytes = fs.readFileSync(newer);
      const run = runThuky(['list', '--db', newer]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/phiên bản Thư ký mới hơn/);
      expect(fs.readFileSync(newer).equals(bytes)).toBe(true);
    });
  });

  it('takes the database from THUKY_DB when --db is absent', () => {
    const other = path.join(tmp.dir, 'env.db');
    seedCliStore(other);
    const run = runThuky(['new', '--template', 'tin-bai-hoi-nghi', '--json'], { THUKY_DB: other });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(other)).toBe(true);
    expect(JSON.parse(runThuky(['list', '--json'], { THUKY_DB: other }).stdout)).toHaveLength(1);
  });
});
