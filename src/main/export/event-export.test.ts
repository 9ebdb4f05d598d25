import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedEventInput } from '../../../tests/support/event-fixtures';
import { makeServices } from '../../../tests/support/services';
import { AppError } from '../../shared/errors/app-error';
import { eventExportFileStem, eventExportFolderName, exportEventFolder, NO_PDF_NOTE } from './event-export';

let env: ReturnType<typeof makeServices>;
let out: string;
beforeEach(() => {
  env = makeServices();
  out = path.join(env.dir, 'xuat');
  fs.mkdirSync(out);
});
afterEach(() => env.cleanup());

function seeded(): string {
  const { id } = env.services.events.create(seedEventInput());
  env.services.events.generate(id);
  return id;
}

describe('Xuất tất cả (exportEventFolder)', () => {
  it('without a PDF converter writes Word + HTML of all six documents into one new folder and says so in one line', async () => {
    const id = seeded();
    const seen: number[] = [];
    const result = await exportEventFolder(env.services, id, out, { converter: null, onProgress: (p) => seen.push(p.done) });
    expect(result.documents).toBe(6);
    expect(result.pdf).toBeNull();
    expect(result.notes).toEqual([NO_PDF_NOTE]);
    expect(NO_PDF_NOTE).toMatch(/^Chưa xuất PDF: không tìm thấy Microsoft Word hoặc LibreOffice/);
    expect(path.dirname(result.folder)).toBe(out);
    expect(path.basename(result.folder)).toBe('Hội nghị phát động thi đua và ký kết giao ước thi đua năm 2024 - 2024-01-31');
    expect(fs.readdirSync(out)).toEqual([path.basename(result.folder)]);
    const files = fs.readdirSync(result.folder).sort();
    expect(files).toEqual([...result.files].sort());
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(6);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(6);
    expect(files[0]).toMatch(/^01 Báo cáo kết quả/u);
    for (const file of files.filter((f) => f.endsWith('.docx'))) expect(fs.readFileSync(path.join(result.folder, file)).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(path.join(result.folder, files.find((f) => f.startsWith('02 '))!.replace(/\.docx$/, '.html')), 'utf8')).toContain('<meta charset="utf-8">');
    expect(seen.at(-1)).toBe(12);
    // Every document keeps one export revision.
    for (const doc of env.services.events.view(id).documents) expect(env.services.revisions.list(doc.id).filter((r) => r.reason === 'export')).toHaveLength(1);
  });

  it('a second export goes to a new folder beside the first', async () => {
    const id = seeded();
    const first = await exportEventFolder(env.services, id, out, { converter: null });
    const second = await exportEventFolder(env.services, id, out, { converter: null });
    expect(path.basename(second.folder)).toBe(`${path.basename(first.folder)}-2`);
  });

  it('cancelled half-way leaves nothing in the folder and keeps no revision', async () => {
    const id = seeded();
    const controller = new AbortController();
    const failure = await exportEventFolder(env.services, id, out, {
      converter: null,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 3) controller.abort();
      },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('cancelled');
    expect((failure as AppError).message).toBe('Đã hủy «Xuất tất cả»: không tệp nào được ghi');
    expect(fs.readdirSync(out)).toEqual([]);
    for (const doc of env.services.events.view(id).documents) expect(env.services.revisions.list(doc.id).filter((r) => r.reason === 'export')).toHaveLength(0);
  });

  it('an event without documents is refused in Vietnamese, before anything is written', async () => {
    const { id } = env.services.events.create(seedEventInput());
    await expect(exportEventFolder(env.services, id, out, { converter: null })).rejects.toThrow('Hội nghị chưa có văn bản nào: bấm «Tạo văn bản» trước khi xuất');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('names: the workspace position then the title in ASCII; the folder unique', () => {
    expect(eventExportFileStem(0, { title: 'Báo cáo kết quả Hội nghị', kind: 'report' })).toBe('01 Báo cáo kết quả Hội nghị');
    expect(eventExportFileStem(5, { title: '', kind: 'invitation' })).toBe('06 Giấy mời');
    const taken = new Set(['Hội nghị - 2024-01-31', 'Hội nghị - 2024-01-31-2']);
    expect(eventExportFolderName({ title: 'Hội nghị', date: '2024-01-31' }, (name) => taken.has(name))).toBe('Hội nghị - 2024-01-31-3');
    expect(eventExportFolderName({ title: 'Hội nghị: tổng kết?', date: '2024-01-31' }, () => false)).toBe('Hội nghị tổng kết - 2024-01-31');
  });
});
