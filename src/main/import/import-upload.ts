/**
 * A file the clerk picked in the app ("Nhập từ tệp…"): the renderer sends its name and bytes, never a
 * path. The bytes are written under a fresh temporary folder with a safe name keeping only the
 * extension's meaning, imported like `thuky import` (importFile, legacy fonts and .doc included),
 * and the folder removed whatever happens.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentImport } from '../../shared/document/document';
import { importFile, type ImportFileOptions } from './document-import';

/** A name safe on every file system: the picked file's base name without separators or odd characters. */
function safeName(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/u, '').slice(-120);
  return cleaned || 'tep-nhap';
}

export async function importUploadedFile(fileName: string, bytes: Uint8Array, options: ImportFileOptions): Promise<DocumentImport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-import-'));
  try {
    const file = path.join(dir, safeName(fileName));
    fs.writeFileSync(file, bytes);
    return await importFile(file, options);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
