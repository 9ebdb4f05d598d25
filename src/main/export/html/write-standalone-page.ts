/**
 * Writes the standalone page (and its image folder when images are files) atomically: each file is
 * written to a temp name in the target folder, then renamed (ARCHITECTURE.md: exports are atomic).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import type { PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import { portalImageFiles, type ResolveImage } from './portal-images';
import { imageFolderFor, toStandalonePage } from './standalone-page';
import type { PortalDocument } from './to-portal-html';

function writeAtomic(file: string, data: string | Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('io', 'Không ghi được tệp', { where: file, detail: String(error) });
  }
}

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
        writeAtomic(target, image.bytes);
        images.push(target);
      }
    }
  }
  writeAtomic(file, html);
  return { page: file, images };
}
