/** Reads a file into the interchange form by its extension: .txt, .json, .html/.htm, and (async) .docx and .doc. */
import fs from 'node:fs';
import path from 'node:path';
import { DocumentImport } from '../../shared/document/document';
import { EMPTY_FRAME } from '../../shared/document/frame';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { deepNfc } from '../../shared/text/nfc';
import { normaliseBodyTones } from '../../shared/document/body-tones';
import { normaliseToneStyle, type ToneStyle } from '../../shared/text/tone-style';
import { parseArticleText } from './article-text-import';
import { parseDocx } from './docx-import';
import type { PutImage } from './html-image';
import { htmlToBody } from './html-import';
import { importedDocument } from './imported-document';
import { localImageReader } from './local-image';
import { decodeTextFile } from './text-file-decode';
import { docToDocx } from './doc-to-docx';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportFileOptions {
  /** Stores embedded images (HTML data: URIs, pictures inside a .docx); without it they become placeholders. */
  putImage?: PutImage;
  /** Told when the text was converted from a legacy Vietnamese encoding (TCVN3, VNI), so the user checks it. */
  onNotice?: (message: string) => void;
  /** The profile's kiểu bỏ dấu: imported text is written in it (hoà → hòa for "old"). */
  toneStyle?: ToneStyle;
}

/** The imported document in the profile's tone-mark style (an interchange .json is kept as it is). */
function inToneStyle(input: DocumentImport, style: ToneStyle | undefined): DocumentImport {
  if (!style) return input;
  return { ...input, title: normaliseToneStyle(input.title, style), body: normaliseBodyTones(input.body, style) };
}

/** Every supported type; .docx needs this async form (mammoth reads the package asynchronously). */
export async function importFile(file: string, options: ImportFileOptions = {}): Promise<DocumentImport> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return readImportFile(file, options);
  if (extension !== '.docx' && extension !== '.doc') return inToneStyle(readImportFile(file, options), options.toneStyle);
  const label = path.basename(file);
  // An old Word 97–2003 file becomes a .docx first (Word or LibreOffice), then imports like one.
  const bytes = extension === '.doc' ? Buffer.from(await docToDocx(readImportBytes(file), label)) : readImportBytes(file);
  return inToneStyle(DocumentImport.parse(await parseDocx(bytes, label, options.putImage)), options.toneStyle);
}

export function readImportBytes(file: string): Buffer {
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
  return bytes;
}

export function readImportFile(file: string, options: ImportFileOptions = {}): DocumentImport {
  const label = path.basename(file);
  const bytes = readImportBytes(file);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.txt') {
    const decoded = decodeTextFile(bytes, label);
    if (decoded.notice) options.onNotice?.(decoded.notice);
    const { title, body, portal } = parseArticleText(decoded.text, label);
    return DocumentImport.parse({ kind: 'article', title, frame: EMPTY_FRAME, body, portal });
  }
  if (extension === '.html' || extension === '.htm') {
    const { title, body } = htmlToBody(decodeHtml(bytes, label), { putImage: options.putImage, readLocalImage: localImageReader(file) }, label);
    const stem = path.basename(file, path.extname(file)).trim();
    return importedDocument(body, { title: (title ?? stem).slice(0, 300) || 'Trang web nhập vào', kind: 'article' });
  }
  if (extension === '.docx' || extension === '.doc') throw new AppError('invalid_input', `Tệp ${extension} cần đọc bằng importFile`, { where: label });
  if (extension === '.json') return parseInterchange(decodeUtf8(bytes, label), label);
  throw new AppError('invalid_input', `Chưa hỗ trợ nhập tệp "${extension || 'không đuôi'}" (nhận .txt, .json, .html, .docx, .doc)`, { where: label });
}

export function decodeUtf8(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid_input', 'Tệp không được mã hóa UTF-8', { where: label });
  }
}

/** UTF-8, or the charset the page declares (Word's "Web Page" files are often windows-1258). */
function decodeHtml(bytes: Buffer, label: string): string {
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall back to UTF-8 below.
    }
  }
  return decodeUtf8(bytes, label);
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
