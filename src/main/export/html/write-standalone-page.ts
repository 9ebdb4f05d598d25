/**
 * Writes the standalone page (and its image folder when images are files) atomically, each file
 * whole or not at all (atomic-write.ts; ARCHITECTURE.md: exports are atomic). Pictures go first, so
 * a page on disk never names a picture that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import type { PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import { writeFileAtomic } from '../atomic-write';
import { portalImageFiles, type ResolveImage } from './portal-images';
import { imageFolderFor, toStandalonePage } from './standalone-page';
import type { PortalDocument } from './to-portal-html';

export interface WrittenPage {
  page: string;
  images: string[];
}

export function writeStandalonePage(file: string, document: PortalDocument, options: PortalHtmlOptions, resolveImage: ResolveImage): WrittenPage {
  const imageFolder = imageFolderFor(path.basename(file));
  const html = toStandalonePage(document, options, resolveImage, { imageFolder });
  const images: string[] = [];
  if (options.images === 'files') {
    const files = portalImageFiles(document.body, resolveImage);
    if (files.length) {
      const folder = path.join(path.dirname(file), imageFolder);
      try {
        fs.mkdirSync(folder, { recursive: true });
      } catch (error) {
        throw new AppError('io', 'Không tạo được thư mục ảnh', { where: folder, detail: String(error) });
      }
      for (const { name, image } of files) {
        const target = path.join(folder, name);
        writeFileAtomic(target, image.bytes);
        images.push(target);
      }
    }
  }
  writeFileAtomic(file, Buffer.from(html, 'utf8'));
  return { page: file, images };
}
