/**
 * Issue 14 acceptance through the real `thuky` command: one thuky.event/1 file (10 attendees, 12
 * pledge parties) → exactly one document of each of the six kinds; the report carries the date,
 * venue and people; the pledge has 12 TM. blocks; the invitations render as 10 "Kính gửi" pages in
 * LibreOffice; `event set --date` moves the report's date; `event show` lists the documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { convertToPdf, hasCommand, pdfPageText, pdfPages } from './support/docx-readers';
import { readDocx, textOf } from './support/docx-xml';
import { SEED_EVENT_FILE, seedEventJson } from './support/event-fixtures';
import { makeTempDir } from './support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: string;
let eventId: string;
let documents: Array<{ id: string; kind: string; title: string }>;

const thuky = (...args: string[]) => runThuky([...args, '--db', db]);
const docOf = (kind: string) => documents.find((doc) => doc.kind === kind)!.id;

beforeAll(() => {
  tmp = makeTempDir('thuky-event-cli-');
  db = path.join(tmp.dir, 'thuky.db');
  seedCliStore(db);
  const created = thuky('event', 'new', SEED_EVENT_FILE, '--json');
  expect(created.stderr).toBe('');
  eventId = (JSON.parse(created.stdout) as { id: string }).id;
  const generated = thuky('event', 'generate', eventId, '--json');
  expect(generated.code).toBe(0);
  documents = JSON.parse(generated.stdout) as typeof documents;
});
afterAll(() => tmp.cleanup());

// Each step runs the real command (a few seconds each on a busy machine): generous per-test time.
describe('thuky event', { timeout: 240_000 }, () => {
  it('generates exactly one document of each of the six kinds, as {id, kind, title}', () => {
    expect(documents.map((doc) => doc.kind).sort()).toEqual(['article', 'attendees', 'invitation', 'pledge', 'program', 'report']);
    for (const doc of documents) expect(Object.keys(doc).sort()).toEqual(['id', 'kind', 'title']);
    const again = thuky('event', 'generate', eventId, '--json');
    expect(JSON.parse(again.stdout)).toEqual(documents);
    expect((JSON.parse(thuky('list', '--json').stdout) as unknown[]).length).toBe(6);
  });

  it('event show lists the documents with the event', () => {
    const shown = JSON.parse(thuky('event', 'show', eventId, '--json').stdout) as { format: string; date: string; attendees: unknown[]; documents: Array<{ id: string; kind: string; title: string; state: string }> };
    expect(shown.format).toBe('thuky.event/1');
    expect(shown.attendees).toHaveLength(10);
    expect(shown.documents.map(({ id, kind, title }) => ({ id, kind, title })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...documents].sort((a, b) => a.id.localeCompare(b.id)));
    const text = thuky('event', 'show', eventId).stdout;
    expect(text).toContain('Giấy mời');
    expect(text).toContain('nháp');
  });

  it('the report carries the date, venue and people; event set --date moves its date', () => {
    const report = docOf('report');
    const before = thuky('show', report).stdout;
    expect(before).toContain('Thanh Xuân, ngày 31 tháng 01 năm 2024');
    expect(before).toContain('tại Hội trường Ủy ban nhân dân phường Thanh Xuân');
    expect(before).toContain('đồng chí Nguyễn Văn Hùng - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội');
    const set = thuky('event', 'set', eventId, '--date', '2024-02-05', '--time', '14:00', '--venue', 'Nhà văn hóa phường');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const after = thuky('show', report).stdout;
    expect(after).toContain('Thanh Xuân, ngày 05 tháng 02 năm 2024');
    expect(after).toContain('vào lúc 14 giờ 00, ngày 05 tháng 02 năm 2024, tại Nhà văn hóa phường,');
    expect(JSON.parse(thuky('show', report, '--json').stdout).frame.date).toBe('2024-02-05');
  });

  it('the pledge is dated the day it is signed; the giấy mời has a blank date with a Lưu ý until event set --issue-date dates it', () => {
    expect(thuky('show', docOf('pledge')).stdout).toContain('Thanh Xuân, ngày 05 tháng 02 năm 2024');
    const out = path.join(tmp.dir, 'giay-moi-chua-ngay.docx');
    const exported = thuky('export', docOf('invitation'), '--format', 'docx', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stdout + exported.stderr).toContain('Chưa có ngày ban hành');
    const set = thuky('event', 'set', eventId, '--issue-date', '2024-01-29');
    expect(set.stderr).toBe('');
    expect(thuky('show', docOf('invitation')).stdout).toContain('Thanh Xuân, ngày 29 tháng 01 năm 2024');
    expect(thuky('export', docOf('invitation'), '--format', 'docx', '--out', out).stdout).not.toContain('Chưa có ngày ban hành');
  });

  it('the attendee list is dated the day of the conference it records, moves with it, and exports without the date Lưu ý', () => {
    expect(thuky('show', docOf('attendees')).stdout).toContain('Thanh Xuân, ngày 05 tháng 02 năm 2024');
    const exported = thuky('export', docOf('attendees'), '--format', 'docx', '--out', path.join(tmp.dir, 'danh-sach.docx'));
    expect(exported.code).toBe(0);
    expect(exported.stdout + exported.stderr).not.toContain('Chưa có ngày ban hành');
    expect(textOf(readDocx(new Uint8Array(fs.readFileSync(path.join(tmp.dir, 'danh-sach.docx')))).document)).toContain('ngày 05 tháng 02 năm 2024');
  });

  it('the pledge exports with 12 TM. signature blocks', () => {
    const out = path.join(tmp.dir, 'giao-uoc.docx');
    expect(thuky('export', docOf('pledge'), '--format', 'docx', '--out', out).code).toBe(0);
    const text = textOf(readDocx(new Uint8Array(fs.readFileSync(out))).document);
    expect(text.match(/TM\. /g)).toHaveLength(12);
  });

  it('invitations: one Word file of 10 pages, each "Kính gửi" one attendee; and 10 separate files on request', () => {
    const out = path.join(tmp.dir, 'giay-moi.docx');
    const run = thuky('export', docOf('invitation'), '--format', 'docx', '--out', out);
    expect(run.code).toBe(0);
    const text = textOf(readDocx(new Uint8Array(fs.readFileSync(out))).document);
    expect(text.match(/Kính gửi: /g)).toHaveLength(10);
    const folder = path.join(tmp.dir, 'tung-nguoi');
    const separate = JSON.parse(thuky('export', docOf('invitation'), '--format', 'docx', '--separate', '--out', folder, '--json').stdout) as { files: Array<{ file: string }> };
    expect(separate.files).toHaveLength(10);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.docx'))).toHaveLength(10);
    const one = textOf(readDocx(new Uint8Array(fs.readFileSync(separate.files[9]!.file))).document);
    expect(one.match(/Kính gửi: /g)).toHaveLength(1);
    expect(one).toContain('Kính gửi: Ông/Bà Ngô Quang Huy, Trưởng ban Công tác Mặt trận tổ dân phố số 3');
  });

  it.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext'))('invitations render in LibreOffice as 10 pages, page n addressed to attendee n', () => {
    const out = path.join(tmp.dir, 'giay-moi-lo.docx');
    expect(thuky('export', docOf('invitation'), '--format', 'docx', '--out', out).code).toBe(0);
    const pdf = convertToPdf(out, tmp.dir);
    expect(pdfPages(pdf)).toHaveLength(10);
    const names = (seedEventJson().attendees as Array<{ fullName: string }>).map((attendee) => attendee.fullName);
    names.forEach((name, index) => {
      const page = pdfPageText(pdf, index + 1).replace(/\s+/g, ' ');
      expect(page).toContain('GIẤY MỜI');
      expect(page).toMatch(new RegExp(`Kính gửi: \\S+(?: \\S+)? ${name}`));
      expect(page).toContain('Thời gian: 14 giờ 00, ngày 05 tháng 02 năm 2024');
    });
  });

  it('event export --out writes Word + HTML of the six documents in one folder; with no PDF converter it says one line and exits 0', () => {
    const out = path.join(tmp.dir, 'xuat-tat-ca');
    // A machine without Word or LibreOffice: THUKY_SOFFICE names a program that is not there.
    const run = runThuky(['event', 'export', eventId, '--out', out, '--db', db], { THUKY_SOFFICE: path.join(tmp.dir, 'khong-co-soffice') });
    // Progress goes to stderr, one line a file.
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(12);
    expect(run.stderr).toMatch(/^\[1\/12\] Báo cáo kết quả .* \(Word\)$/m);
    expect(run.code).toBe(0);
    const [folder] = fs.readdirSync(out);
    expect(fs.readdirSync(path.join(out, folder!)).filter((name) => /\.(docx|html)$/.test(name))).toHaveLength(12);
    expect(run.stdout).toContain(`Đã xuất 12 tệp của 6 văn bản vào ${path.join(out, folder!)}.`);
    expect(run.stdout).toContain('Lưu ý: Chưa xuất PDF: không tìm thấy Microsoft Word hoặc LibreOffice');
    const json = runThuky(['event', 'export', eventId, '--out', out, '--json', '--db', db], { THUKY_SOFFICE: path.join(tmp.dir, 'khong-co-soffice') });
    const result = JSON.parse(json.stdout) as { folder: string; files: string[]; pdf: string | null };
    expect(result.pdf).toBeNull();
    expect(path.basename(result.folder)).toBe(`${folder}-2`);
    expect(result.files).toHaveLength(12);
    const missing = thuky('event', 'export', eventId);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Thiếu --out THƯ-MỤC');
  });

  it('refuses a bad event file naming the field and row in Vietnamese, and writes nothing', () => {
    const json = seedEventJson() as { attendees: Array<Record<string, unknown>>; time: string };
    json.attendees[3] = { ...json.attendees[3], fullName: ' ' };
    const bad = path.join(tmp.dir, 'hong.event.json');
    fs.writeFileSync(bad, JSON.stringify(json));
    // A fresh database in a folder of its own (the first one's backups would make it a "missing" file).
    const otherDir = path.join(tmp.dir, 'other');
    fs.mkdirSync(otherDir);
    const otherDb = path.join(otherDir, 'thuky.db');
    seedCliStore(otherDb);
    const run = runThuky(['event', 'new', bad, '--db', otherDb]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Họ và tên đại biểu, dòng 4');
    expect(run.stderr).toContain('Thiếu Họ và tên');
    expect(JSON.parse(runThuky(['list', '--json', '--db', otherDb]).stdout)).toEqual([]);
    const badTime = { ...seedEventJson(), time: '8h' };
    fs.writeFileSync(bad, JSON.stringify(badTime));
    const timeRun = runThuky(['event', 'new', bad, '--db', otherDb]);
    expect(timeRun.code).toBe(1);
    expect(timeRun.stderr).toContain('Giờ (time): Giờ phải có dạng HH:mm');
    const setRun = thuky('event', 'set', eventId, '--date', '2024-13-01');
    expect(setRun.code).toBe(1);
    expect(setRun.stderr).toContain('Ngày phải có dạng YYYY-MM-DD');
  });
});
