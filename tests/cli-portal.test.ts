/** `thuky import` of .docx and .html files and `thuky export --format html`, run as a user would. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

const tmp = makeTempDir('thuky-cli-portal-');
afterAll(() => tmp.cleanup());
const db = path.join(tmp.dir, 'thuky.db');
seedCliStore(db);
const PNG = fs.readFileSync(path.join(__dirname, 'fixtures/tiny.png'));
const hasPythonDocx = spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;

function importFile(file: string): string {
  const run = runThuky(['import', file, '--db', db, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { id: string }).id;
}

function show(id: string) {
  return JSON.parse(runThuky(['show', id, '--db', db, '--json']).stdout) as { title: string; kind: string; frame: Record<string, unknown>; body: { content: Array<{ type: string }> } };
}

describe('thuky import .html and export --format html', () => {
  const page = path.join(tmp.dir, 'trang.html');
  fs.writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><title>Trang cổng</title></head><body><nav>Menu</nav><article><h1>Hội nghị lần thứ Sáu</h1><p>Sáng nay, <b>Ủy ban</b> tổ chức.</p><figure><img src="data:image/png;base64,${PNG.toString('base64')}" alt="Quang cảnh"><figcaption>Quang cảnh. Ảnh: T.P</figcaption></figure><img src="https://tracker.example/p.gif"><script>alert(1)</script></article></body></html>`,
  );

  it('imports a web page: its headline as title, the article only, the picture stored, the remote one a placeholder', () => {
    const doc = show(importFile(page));
    expect(doc.title).toBe('Hội nghị lần thứ Sáu');
    expect(doc.kind).toBe('article');
    expect(doc.body.content.map((node) => node.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(JSON.stringify(doc.body)).toContain('[Ảnh chưa được đưa vào, địa chỉ gốc: https://tracker.example/p.gif]');
    expect(JSON.stringify(doc.body)).not.toContain('Menu');
  });

  it('writes the page with the picture in <name>_files/, or embedded with --embed-images', () => {
    const id = importFile(page);
    const out = path.join(tmp.dir, 'xuat.html');
    const run = runThuky(['export', id, '--format', 'html', '--out', out, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([out, path.join(tmp.dir, 'xuat_files', 'anh-01.png')]);
    expect(fs.readFileSync(path.join(tmp.dir, 'xuat_files', 'anh-01.png')).equals(PNG)).toBe(true);
    expect(fs.readFileSync(out, 'utf8')).toContain('<figure><img src="xuat_files/anh-01.png" alt="Quang cảnh"><figcaption>Quang cảnh. Ảnh: T.P</figcaption></figure>');

    const embedded = path.join(tmp.dir, 'nhung.html');
    expect(runThuky(['export', id, '--format', 'html', '--out', embedded, '--embed-images', '--db', db]).code).toBe(0);
    expect(fs.readFileSync(embedded, 'utf8')).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(fs.existsSync(path.join(tmp.dir, 'nhung_files'))).toBe(false);
  });

  it('refuses an output name that is not .html, in Vietnamese', () => {
    const id = importFile(page);
    const run = runThuky(['export', id, '--format', 'html', '--out', path.join(tmp.dir, 'x.txt'), '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('phải có đuôi .html');
  });
});

describe.skipIf(!hasPythonDocx)('thuky import .docx', () => {
  it('fills the frame from the official header of a Word report', () => {
    const file = path.join(tmp.dir, 'bao-cao.docx');
    const made = spawnSync('/usr/bin/python3', [path.join(__dirname, 'fixtures/make-word-report.py'), file, path.join(__dirname, 'fixtures/tiny.png')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const doc = show(importFile(file));
    expect(doc.kind).toBe('report');
    expect(doc.frame).toMatchObject({ number: '12', symbol: 'BC-MTTQ-BTT', place: 'Thanh Xuân', date: '2024-01-31', documentType: 'BÁO CÁO' });
    expect(doc.body.content.map((node) => node.type)).toContain('orderedList');
  });
});

describe('thuky export --format html of an attendee list', () => {
  it('names its people, as the app does (one export service for every door)', () => {
    const csv = path.join(tmp.dir, 'dai-bieu.csv');
    fs.writeFileSync(csv, '\uFEFFSTT,Họ và tên,Chức vụ,Đơn vị\r\n1,Khổng Minh Thảo,Chủ tịch,Ủy ban MTTQ phường\r\n2,Trần Thị Thu Hà,Phó Chủ tịch,Hội Phụ nữ phường\r\n');
    const imported = runThuky(['import', csv, '--kind', 'attendees', '--title', 'Danh sách đại biểu', '--json', '--db', db]);
    expect(imported.stderr).toBe('');
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const out = path.join(tmp.dir, 'danh-sach.html');
    const run = runThuky(['export', id, '--format', 'html', '--out', out, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('Khổng Minh Thảo');
    expect(html).toContain('Trần Thị Thu Hà');
    expect(html).toContain('Hội Phụ nữ phường');
  });
});
