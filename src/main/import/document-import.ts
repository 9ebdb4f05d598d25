/** Reads a file into the interchange form by its extension: .txt and .json here; later .docx, .html. */
import fs from 'node:fs';
import path from 'node:path';
import { DocumentImport } from '../../shared/document/document';
import { EMPTY_FRAME } from '../../shared/document/frame';
import { EMPTY_PORTAL } from '../../shared/document/portal';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { deepNfc } from '../../shared/text/nfc';
import { parsePlainText } from './text-import';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function readImportFile(file: string): DocumentImport {
  const label = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new AppError('invalid_input', 'Không phải tệp', { where: file });
    if (stat.size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', 'Tệp lớn hơn 50 MB', { where: file });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('io', 'Không đọc được tệp', { where: file, detail: String(error) });
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.txt') {
    const { title, body } = parsePlainText(decodeUtf8(bytes, label), label);
    return DocumentImport.parse({ kind: 'article', title, frame: EMPTY_FRAME, body, portal: EMPTY_PORTAL });
  }
  if (extension === '.json') return parseInterchange(decodeUtf8(bytes, label), label);
  throw new AppError('invalid_input', `Chưa hỗ trợ nhập tệp "${extension || 'không đuôi'}" (nhận .txt, .json)`, { where: label });
}

function decodeUtf8(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid_input', 'Tệp không được mã hóa UTF-8', { where: label });
  }
}

export function parseInterchange(text: string, label: string): DocumentImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `JSON không hợp lệ: ${(error as Error).message}`, { where: label });
  }
  const parsed = DocumentImport.safeParse(deepNfc(json));
  if (!parsed.success) throw appErrorFromZod(parsed.error, label);
  return parsed.data;
}
