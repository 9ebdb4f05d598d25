/**
 * "Xuất tất cả" with a real converter (LibreOffice here): every document of the seed conference as
 * Word, HTML and a PDF LibreOffice laid out from that very Word file, in one folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEventFolder } from '../src/main/export/event-export';
import { findPdfConverter } from '../src/main/export/pdf/pdf-converter';
import type { EventExportProgress } from '../src/shared/event/event-export';
import { hasCommand, pdfPages } from './support/docx-readers';
import { seedEventInput } from './support/event-fixtures';
import { makeServices } from './support/services';

let env: ReturnType<typeof makeServices>;
beforeAll(() => {
  env = makeServices();
});
afterAll(() => env.cleanup());

const converter = findPdfConverter();

describe('Xuất tất cả with LibreOffice', { timeout: 600_000 }, () => {
  it.skipIf(!converter || !hasCommand('pdftotext'))('writes 18 files: Word, HTML and PDF of each of the six documents; the invitations PDF has 10 pages', async () => {
    const { id } = env.services.events.create(seedEventInput());
    env.services.events.generate(id);
    const out = path.join(env.dir, 'xuat');
    fs.mkdirSync(out);
    const progress: EventExportProgress[] = [];
    const result = await exportEventFolder(env.services, id, out, { onProgress: (p) => progress.push(p) });
    expect(result.pdf).toBe(converter!.label);
    expect(result.notes).toEqual([]);
    const files = fs.readdirSync(result.folder).sort();
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
    expect(files.filter((f) => /\.(docx|html|pdf)$/.test(f))).toHaveLength(18);
    for (const file of files.filter((f) => f.endsWith('.pdf'))) expect(fs.readFileSync(path.join(result.folder, file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const invitation = files.find((f) => f.startsWith('06 ') && f.endsWith('.pdf'))!;
    expect(pdfPages(path.join(result.folder, invitation))).toHaveLength(10);
    expect(progress.map((p) => p.total)).toEqual(progress.map(() => 18));
    expect(progress.filter((p) => p.current.endsWith('(PDF)'))).toHaveLength(6);
  });
});
