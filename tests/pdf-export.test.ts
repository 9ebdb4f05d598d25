/**
 * PDF from the same Word file: the converter found on this machine (LibreOffice here), an A4 PDF with
 * as many pages as LibreOffice gives the DOCX, cancellation and a missing converter leaving no file,
 * and `thuky export ID --format pdf` exiting 1 with one Vietnamese line when nothing can convert.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfToFile } from '../src/main/export/pdf/export-pdf';
import { findPdfConverter, NO_CONVERTER_MESSAGE } from '../src/main/export/pdf/pdf-converter';
import { isAppError } from '../src/shared/errors/app-error';
import { runThuky, seedCliStore } from './support/cli-runner';
import { convertToPdf, hasCommand, pdfPages } from './support/docx-readers';
import { makeServices } from './support/services';
import { makeTempDir } from './support/temp-dir';

let env: ReturnType<typeof makeServices>;
let id: string;
beforeAll(() => {
  env = makeServices();
  id = env.services.documents.create('bao-cao-ket-qua-hoi-nghi').id;
});
afterAll(() => env.cleanup());

const visible = (dir: string) => fs.readdirSync(dir).filter((name) => !name.startsWith('thuky.db') && name !== 'backups');

describe('converter discovery', () => {
  it('finds soffice on PATH, honours THUKY_SOFFICE, and finds nothing on a bare machine', () => {
    const dir = makeTempDir('thuky-fake-soffice-');
    try {
      const fake = path.join(dir.dir, 'soffice');
      fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
      expect(findPdfConverter({ platform: 'linux', env: { PATH: `/nonexistent:${dir.dir}` } })).toEqual({ kind: 'libreoffice', command: fake, label: 'LibreOffice' });
      expect(findPdfConverter({ platform: 'linux', env: { PATH: '/nonexistent', THUKY_SOFFICE: fake } })?.command).toBe(fake);
      expect(findPdfConverter({ platform: 'linux', env: { PATH: dir.dir, THUKY_SOFFICE: path.join(dir.dir, 'khong-co') } })).toBeUndefined();
      expect(findPdfConverter({ platform: 'linux', env: { PATH: '/nonexistent' } })).toBeUndefined();
    } finally {
      dir.cleanup();
    }
  });
});

describe('thuky export --format pdf without Word or LibreOffice', () => {
  it('exits 1 with one Vietnamese line naming what to install, and writes nothing', () => {
    const dir = makeTempDir('thuky-pdf-none-');
    try {
      const db = path.join(dir.dir, 'thuky.db');
      seedCliStore(db);
      const created = runThuky(['new', '--template', 'bao-cao-ket-qua-hoi-nghi', '--json', '--db', db]);
      const newId = (JSON.parse(created.stdout) as { id: string }).id;
      const out = path.join(dir.dir, 'bao-cao.pdf');
      // node runs by its absolute path; PATH holds only an empty folder: no soffice, no Word.
      const bare = path.join(dir.dir, 'bin');
      fs.mkdirSync(bare);
      const run = runThuky(['export', newId, '--format', 'pdf', '--out', out, '--db', db], { PATH: bare, THUKY_SOFFICE: '' });
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(`Lỗi: ${NO_CONVERTER_MESSAGE}`);
      expect(lines[0]).toMatch(/LibreOffice/);
      expect(visible(dir.dir)).toEqual(['bin']);
    } finally {
      dir.cleanup();
    }
  });
});

describe.skipIf(!(hasCommand('soffice') && hasCommand('pdfinfo')))('PDF through LibreOffice', () => {
  it('writes an A4 PDF with the page count LibreOffice gives the same DOCX, whole, nothing left behind', async () => {
    const dir = makeTempDir('thuky-pdf-');
    try {
      const out = path.join(dir.dir, 'bao-cao.pdf');
      const stages: string[] = [];
      const result = await exportPdfToFile(env.services, id, out, { onProgress: (stage) => stages.push(stage) });
      expect(result.convertedBy).toBe('LibreOffice');
      expect(stages).toEqual(['start', 'converting', 'done']);
      expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPages(out);
      for (const page of pages) expect([page.widthPt, page.heightPt]).toEqual([expect.closeTo(595.3, 0), expect.closeTo(841.9, 0)]);
      const docxFile = path.join(dir.dir, 'bao-cao.docx');
      fs.writeFileSync(docxFile, (await env.services.exports.word(id)).bytes);
      expect(pages).toHaveLength(pdfPages(convertToPdf(docxFile, dir.dir)).length);
      expect(visible(dir.dir).sort()).toEqual(['bao-cao.docx', 'bao-cao.pdf', 'lo-profile']);
    } finally {
      dir.cleanup();
    }
  }, 300_000);

  it('stops when cancelled and writes no file', async () => {
    const dir = makeTempDir('thuky-pdf-cancel-');
    try {
      const out = path.join(dir.dir, 'huy.pdf');
      const controller = new AbortController();
      const pending = exportPdfToFile(env.services, id, out, { signal: controller.signal, onProgress: (stage) => stage === 'converting' && controller.abort() });
      const error: unknown = await pending.catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe('cancelled');
      expect(visible(dir.dir)).toEqual([]);
    } finally {
      dir.cleanup();
    }
  }, 300_000);
});
