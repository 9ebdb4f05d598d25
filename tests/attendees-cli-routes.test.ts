/** `thuky import … --kind attendees` in a child process, and the attendee/pledge routes through dispatch. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../src/main/ipc/dispatch';
import { createServices } from '../src/main/services/services';
import { CONFERENCE_ROWS, toCsv, toXlsx } from './support/attendee-fixtures';
import { runThuky } from './support/cli-runner';
import { makeServices } from './support/services';
import { makeTempDir } from './support/temp-dir';

describe('thuky import --kind attendees', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let db: string;
  beforeAll(() => {
    tmp = makeTempDir('thuky-cli-att-');
    db = path.join(tmp.dir, 'thuky.db');
  });
  afterAll(() => tmp.cleanup());

  it('imports an .xlsx into a new attendees document and prints its id as JSON', async () => {
    const file = path.join(tmp.dir, 'dai-bieu.xlsx');
    fs.writeFileSync(file, await toXlsx(CONFERENCE_ROWS));
    const run = runThuky(['import', file, '--kind', 'attendees', '--title', 'Danh sách đại biểu Hội nghị', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { id: string; rows: number; warnings: string[] };
    expect(out.rows).toBe(7);
    expect(out.warnings).toEqual(['Dòng 12: có thể trùng người với dòng 5 (Nguyễn Văn A / Nguyen Van A)']);
    const services = createServices(db);
    try {
      expect(services.documents.get(out.id)).toMatchObject({ kind: 'attendees', title: 'Danh sách đại biểu Hội nghị' });
      expect(services.attendees.getForDocument(out.id).rows).toHaveLength(7);
    } finally {
      services.close();
    }
  });

  it('refuses a bad file with the row number, exit ≠ 0, nothing written', () => {
    const rows = CONFERENCE_ROWS.map((row) => [...row]);
    rows[9] = ['4', '', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam phường Khương Đình', '', ''];
    const file = path.join(tmp.dir, 'loi.csv');
    fs.writeFileSync(file, toCsv(rows));
    const before = JSON.parse(runThuky(['list', '--json', '--db', db]).stdout) as unknown[];
    const run = runThuky(['import', file, '--kind', 'attendees', '--json', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Dòng 10: thiếu Họ và tên/);
    expect(JSON.parse(runThuky(['list', '--json', '--db', db]).stdout)).toHaveLength(before.length);
  });

  it('refuses a file that is not a spreadsheet', () => {
    const file = path.join(tmp.dir, 'rac.xlsx');
    fs.writeFileSync(file, 'not a zip');
    const run = runThuky(['import', file, '--kind', 'attendees', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rac\.xlsx: Tệp \.xlsx bị hỏng/);
  });
});

describe('routes', () => {
  let env: ReturnType<typeof makeServices>;
  beforeAll(() => {
    env = makeServices();
  });
  afterAll(() => env.cleanup());
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(name, input, { services: env.services, door: 'web', version: 'test' });
    if (!result.ok) throw new Error(`${name}: ${result.error.where ?? ''} ${result.error.message}`);
    return result.data as T;
  };

  it('previews, commits, reads, edits, sorts and exports through the contract', async () => {
    const dataBase64 = Buffer.from(toCsv(CONFERENCE_ROWS)).toString('base64');
    const preview = await call<{ preview: { rows: unknown[]; errors: unknown[] }; committed: null }>('attendees.import', { fileName: 'ds.csv', dataBase64 });
    expect(preview.committed).toBeNull();
    expect(preview.preview.rows).toHaveLength(7);
    const done = await call<{ committed: { documentId: string; listId: string } }>('attendees.import', { fileName: 'ds.csv', dataBase64, commit: true, title: 'DS hội nghị' });
    const list = await call<{ id: string; rows: Array<{ fullName: string; protocolRank: number | null }> }>('attendees.get', { documentId: done.committed.documentId });
    expect(list.id).toBe(done.committed.listId);
    const edited = { ...list, rows: list.rows.map((row, index) => ({ ...row, protocolRank: index === 1 ? 1 : null })) };
    const { updatedAt: _u, ...content } = edited as typeof edited & { updatedAt: string };
    await call('attendees.save', content);
    const sentence = await call<{ text: string; html: string }>('reports.attendanceSentence', { listId: list.id });
    // Shared roles counted by kind of unit; one person alone in a role named, never hidden in "đại biểu khác".
    expect(sentence.text).toBe(
      'Dự hội nghị có: bà Trần Thị Bích Ngọc - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; ' +
        'đồng chí Nguyễn Văn A - Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; ' +
        'Chủ tịch Ủy ban MTTQ Việt Nam 3 phường; ' +
        'đồng chí Hứa Thị Ngoãn - Bí thư Chi bộ, Trưởng Ban Công tác Mặt trận Khu dân cư số 3, phường Thượng Đình và 1 đại biểu khác.',
    );
    expect(sentence.html).toBe(`<p>${sentence.text}</p>`);
    for (const format of ['xlsx', 'csv', 'docx', 'html']) {
      const file = await call<{ fileName: string; dataBase64: string }>('attendees.export', { listId: list.id, format });
      expect(file.fileName.endsWith(`.${format}`)).toBe(true);
      expect(Buffer.from(file.dataBase64, 'base64').byteLength).toBeGreaterThan(100);
    }
  });

  it('refuses a save with a bad row, naming the field', async () => {
    const result = await dispatch('attendees.save', { id: '01900000-0000-7000-8000-000000000001', documentId: null, name: 'x', groups: [], extraColumns: [], rows: [{ id: 'r', personId: null, group: '', order: 0, honorific: '', fullName: 'A', title: 'x'.repeat(601), unit: '', note: '', present: true, protocolRank: null, extra: {} }] }, { services: env.services, door: 'web', version: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Chức vụ tối đa 600 ký tự/);
  });

  it('keeps the people directory and finds accent-less duplicates', async () => {
    await call('people.save', { honorific: 'Đồng chí', fullName: 'Nguyễn Văn A', title: 'Chủ tịch', unit: 'Ủy ban MTTQ', protocolRank: 1, note: '' });
    const second = await call<{ possibleDuplicates: Array<{ fullName: string }> }>('people.save', { honorific: '', fullName: 'Nguyen Van A', title: '', unit: '', protocolRank: null, note: '' });
    expect(second.possibleDuplicates.map((p) => p.fullName)).toEqual(['Nguyễn Văn A']);
    expect(await call<unknown[]>('people.list', {})).toHaveLength(2);
  });

  it('stores pledge data for pledge documents only', async () => {
    const pledgeDoc = env.services.documents.create('giao-uoc-thi-dua');
    const empty = await call<{ parties: unknown[] }>('pledges.get', { documentId: pledgeDoc.id });
    expect(empty.parties).toEqual([]);
    const content = {
      parties: [{ id: 'a', name: 'Phường A', representative: 'Nguyễn Văn A', title: 'Chủ tịch', authorityLine: 'TM. Ban Thường trực', isHost: true }],
      commitments: [{ id: 'c', number: '1.', content: '100% khu dân cư', target: '100%', targetsByParty: {}, note: '' }],
      signatureOrder: ['a'],
    };
    await call('pledges.save', { documentId: pledgeDoc.id, content });
    expect(await call('pledges.get', { documentId: pledgeDoc.id })).toMatchObject(content);
    const bad = await dispatch('pledges.save', { documentId: pledgeDoc.id, content: { ...content, signatureOrder: ['zz'] } }, { services: env.services, door: 'web', version: 'test' });
    expect(bad.ok).toBe(false);
    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    const wrongKind = await dispatch('pledges.get', { documentId: report.id }, { services: env.services, door: 'web', version: 'test' });
    expect(wrongKind.ok).toBe(false);
  });
});

describe('people directory from a list', () => {
  it('adds new people, links known ones by accent-free name and unit, and is idempotent', async () => {
    const env = makeServices();
    try {
      const { services } = env;
      const known = services.people.save({ honorific: '', fullName: 'Nguyễn Văn A', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội', protocolRank: 1, note: '' }).person;
      const { listId } = await services.attendees.commitImport(toCsv(CONFERENCE_ROWS), 'ds.csv');
      const ctx = { services, door: 'web' as const, version: 'test' };
      const first = await dispatch('people.addFromList', { listId }, ctx);
      expect(first).toMatchObject({ ok: true, data: { added: 6, linked: 1 } });
      const list = services.attendees.get(listId);
      expect(list.rows[0]?.personId).toBe(known.id);
      expect(list.rows.every((row) => row.personId)).toBe(true);
      expect(services.people.list()).toHaveLength(7);
      const again = await dispatch('people.addFromList', { listId }, ctx);
      expect(again).toMatchObject({ ok: true, data: { added: 0, linked: 0 } });
    } finally {
      env.cleanup();
    }
  });
});
