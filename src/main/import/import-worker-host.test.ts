import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleImportWorker } from '../../../tests/support/import-worker-bundle';
import { activeImportWorkers, parseInWorker } from './import-worker-host';

let worker: string;
let dir: string;

beforeAll(async () => {
  worker = await bundleImportWorker();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-worker-'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function misbehaving(name: string, code: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, code);
  return file;
}

const csv = new TextEncoder().encode('Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch\n');

describe('parseInWorker', () => {
  it('returns the parsed table from the real worker', async () => {
    const table = await parseInWorker({ kind: 'spreadsheet', bytes: csv, fileName: 'ds.csv' }, { script: worker });
    expect(table.rows.slice(0, 2).map((row) => row.cells)).toEqual([['Họ và tên', 'Chức vụ'], ['Nguyễn Văn An', 'Chủ tịch']]);
    expect(activeImportWorkers()).toBe(0);
  });

  it('passes the parser\'s own Vietnamese error through', async () => {
    await expect(parseInWorker({ kind: 'spreadsheet', bytes: new Uint8Array([1, 2, 3]), fileName: 'ds.xlsx' }, { script: worker })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Tệp .xlsx bị hỏng hoặc không phải tệp Excel',
      where: 'ds.xlsx',
    });
  });

  it('stops a worker that overruns the time limit, naming the file and the limit', async () => {
    const script = misbehaving('spin.mjs', 'import { parentPort } from "node:worker_threads"; parentPort.on("message", () => { for (;;) {} });');
    await expect(parseInWorker({ kind: 'spreadsheet', bytes: csv, fileName: 'treo.csv' }, { script, timeoutMs: 1000 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^Đọc tệp "treo\.csv" quá 1 giây nên đã dừng \(giới hạn 1 giây\)/),
      where: 'treo.csv',
    });
    expect(activeImportWorkers()).toBe(0);
  });

  it('turns a worker that runs out of memory into an error naming the memory limit', async () => {
    const script = misbehaving('hog.mjs', 'import { parentPort } from "node:worker_threads"; parentPort.on("message", () => { const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: 1 })); });');
    await expect(parseInWorker({ kind: 'spreadsheet', bytes: csv, fileName: 'lon.xlsx' }, { script, maxOldGenerationSizeMb: 32, timeoutMs: 30_000 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^Tệp "lon\.xlsx" cần quá 32 MB bộ nhớ khi đọc nên đã dừng/),
    });
  });

  it('turns a worker that exits without answering into an error', async () => {
    const script = misbehaving('exit.mjs', 'import { parentPort } from "node:worker_threads"; parentPort.on("message", () => process.exit(3));');
    await expect(parseInWorker({ kind: 'spreadsheet', bytes: csv, fileName: 'hong.csv' }, { script })).rejects.toMatchObject({
      message: 'Bộ đọc tệp "hong.csv" dừng bất thường (mã 3); ứng dụng vẫn chạy bình thường.',
    });
  });
});
