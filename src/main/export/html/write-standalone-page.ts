/**
 * Writes a standalone page (and its image folder when images are files) atomically, each file
 * whole or not at all (atomic-write.ts: exports are atomic). Pictures go first, so
 * a page on disk never names a picture that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import { writeFileAtomic } from '../atomic-write';
import type { HtmlPage } from '../export-service';

export interface WrittenPage {
  page: string;
  images: string[];
}

export function writePageFiles(file: string, page: Pick<HtmlPage, 'html' | 'imageFiles' | 'imageFolder'>): WrittenPage {
  const images: string[] = [];
  if (page.imageFiles.length) {
    const folder = path.join(path.dirname(file), page.imageFolder);
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new AppError('io', 'Không tạo được thư mục ảnh', { where: folder, detail: String(error) });
    }
    for (const { name, bytes } of page.imageFiles) {
      const target = path.join(folder, name);
      writeFileAtomic(target, bytes);
      images.push(target);
    }
  }
  writeFileAtomic(file, Buffer.from(page.html, 'utf8'));
  return { page: file, images };
}
