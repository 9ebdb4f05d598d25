/**
 * Reads a `thuky.event/1` file (docs/event-format.md): JSON, NFC, checked field by field with a
 * Vietnamese message naming the field and row. Photos named by `file` are read from the file's own
 * folder only (no "..", no absolute paths) and stored by content.
 */
import path from 'node:path';
import { EventFile, type EventInput, type EventPhoto } from '../../shared/event/event';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { deepNfc } from '../../shared/text/nfc';
import { decodeUtf8, readImportBytes } from './document-import';
import type { PutImage } from './html-image';
import { localImageReader } from './local-image';

export function parseEventFile(text: string, label: string): EventFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `JSON không hợp lệ: ${(error as Error).message}`, { where: label });
  }
  const parsed = EventFile.safeParse(deepNfc(json));
  if (!parsed.success) throw appErrorFromZod(parsed.error, label);
  return parsed.data;
}

/** The file checked whole (every photo found) before anything is stored. */
export function readEventFile(file: string, putImage: PutImage): EventInput {
  const label = path.basename(file);
  const event = parseEventFile(decodeUtf8(readImportBytes(file), label), label);
  const readImage = localImageReader(file);
  const found = event.photos.map((photo, index) => {
    if (photo.imageId) return { imageId: photo.imageId, caption: photo.caption };
    const image = readImage(photo.file ?? '');
    if (!image) throw new AppError('invalid_input', `Không đọc được ảnh "${photo.file}" (cần tệp PNG, JPEG, GIF hoặc WebP trong cùng thư mục với tệp hội nghị)`, { where: `${label} › photos, ảnh ${index + 1}` });
    return { image, caption: photo.caption };
  });
  const photos: EventPhoto[] = found.map((photo) => (photo.image ? { imageId: putImage(photo.image.mime, photo.image.bytes).id, caption: photo.caption } : { imageId: photo.imageId!, caption: photo.caption }));
  return { ...event, photos };
}
