/**
 * "Xuất tất cả": every document of an event as Word, HTML and PDF in one new folder. The files are
 * made by the one export service (Word, the standalone page) and the PDF converter (the same Word
 * bytes); this module only orders the work, reports progress, and writes the folder whole: the
 * files go to a hidden folder beside the target that is renamed when everything is written, so a
 * cancel or a failure leaves nothing behind. Without Word or LibreOffice the PDFs are left out and
 * said so in one line; the Word and HTML files are still written.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { kindOf } from '../../shared/document/kinds';
import { AppError } from '../../shared/errors/app-error';
import { EVENT_DOCUMENT_KINDS, type EventDocument, type EventView } from '../../shared/event/event';
import type { EventExportProgress, EventExportResult } from '../../shared/event/event-export';
import { fileStem } from '../../shared/text/file-name';
import { writeFileAtomic } from './atomic-write';
import type { ExportService } from './export-service';
import { convertDocxToPdf, findPdfConverter, NO_CONVERTER_MESSAGE, type PdfConverter } from './pdf/pdf-converter';

export interface EventExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: EventExportProgress) => void;
  /** The converter to use; null = none (as on a machine without Word or LibreOffice); absent = find one. */
  converter?: PdfConverter | null;
}

export interface EventExportSources {
  events: { view(id: string): EventView };
  exports: Pick<ExportService, 'word' | 'page' | 'recordExport'>;
}

/** The PDF line when no converter is found: what happened and what to install. */
export const NO_PDF_NOTE = `Chưa xuất PDF: ${NO_CONVERTER_MESSAGE.charAt(0).toLowerCase()}${NO_CONVERTER_MESSAGE.slice(1)}. Các tệp Word và HTML đã được xuất.`;

/**
 * The names in the folder, by the shared file-name rule (docs/nd30-rules.md §17): the kind's place in
 * the workspace, then the title — "01 Báo cáo kết quả Hội nghị ….docx".
 */
export function eventExportFileStem(position: number, document: Pick<EventDocument, 'title' | 'kind'>): string {
  return fileStem({ title: document.title, kindLabel: kindOf(document.kind).label.vi, prefix: String(position + 1).padStart(2, '0') });
}

/** The folder: the event's title and date, "Hội nghị phát động thi đua - 2024-01-31", made unique in its parent. */
export function eventExportFolderName(event: Pick<EventView, 'title' | 'date'>, exists: (name: string) => boolean): string {
  const base = fileStem({ title: event.title, kindLabel: 'Hội nghị', suffix: event.date });
  let name = base;
  for (let n = 2; exists(name); n++) name = `${base}-${n}`;
  return name;
}

function cancelled(): AppError {
  return new AppError('cancelled', 'Đã hủy «Xuất tất cả»: không tệp nào được ghi', { where: 'xuất tất cả' });
}

/** The event with its documents in workspace order; refused when there is nothing to export. */
export function exportableEvent(sources: Pick<EventExportSources, 'events'>, eventId: string): { event: EventView; documents: EventDocument[] } {
  const event = sources.events.view(eventId);
  const documents = [...event.documents].sort((a, b) => EVENT_DOCUMENT_KINDS.indexOf(a.kind) - EVENT_DOCUMENT_KINDS.indexOf(b.kind));
  if (documents.length === 0) throw new AppError('invalid_input', 'Hội nghị chưa có văn bản nào: bấm «Tạo văn bản» trước khi xuất', { where: event.title });
  return { event, documents };
}

export async function exportEventFolder(sources: EventExportSources, eventId: string, parentDir: string, options: EventExportOptions = {}): Promise<EventExportResult> {
  const { event, documents } = exportableEvent(sources, eventId);
  const parent = path.resolve(parentDir);
  if (!fs.existsSync(parent) || !fs.statSync(parent).isDirectory()) throw new AppError('io', 'Thư mục xuất không có hoặc không phải thư mục', { where: parent });
  const converter = options.converter === undefined ? findPdfConverter() : options.converter ?? undefined;
  const formats = converter ? 3 : 2;
  const total = documents.length * formats;
  let done = 0;
  const step = (current: string) => {
    if (options.signal?.aborted) throw cancelled();
    options.onProgress?.({ done, total, current });
  };
  const notes: string[] = converter ? [] : [NO_PDF_NOTE];
  const problems: string[] = [];
  const files: string[] = [];
  const work = path.join(parent, `.thuky-xuat-${crypto.randomBytes(6).toString('hex')}.tmp`);
  fs.mkdirSync(work);
  try {
    for (const [position, document] of documents.entries()) {
      const stem = eventExportFileStem(position, document);
      step(`${document.title} (Word)`);
      const word = await sources.exports.word(document.id);
      writeFileAtomic(path.join(work, `${stem}.docx`), word.bytes);
      files.push(`${stem}.docx`);
      problems.push(...word.problems.map((problem) => `${document.title}: ${problem}`));
      done++;
      step(`${document.title} (HTML)`);
      const page = sources.exports.page(document.id, { images: 'files', fileName: `${stem}.html` });
      writeFileAtomic(path.join(work, page.fileName), Buffer.from(page.html, 'utf8'));
      if (page.imageFiles.length > 0) fs.mkdirSync(path.join(work, page.imageFolder));
      for (const image of page.imageFiles) writeFileAtomic(path.join(work, page.imageFolder, image.name), image.bytes);
      files.push(page.fileName);
      done++;
      if (converter) {
        step(`${document.title} (PDF)`);
        try {
          const pdf = await convertDocxToPdf(word.bytes, { converter, signal: options.signal });
          writeFileAtomic(path.join(work, `${stem}.pdf`), pdf);
          files.push(`${stem}.pdf`);
        } catch (error) {
          if (error instanceof AppError && error.code === 'cancelled') throw cancelled();
          // One document's PDF failing does not lose the rest of the folder: said by name.
          notes.push(`Chưa xuất được PDF của «${document.title}»: ${(error as Error).message}`);
        }
        done++;
      }
    }
    if (options.signal?.aborted) throw cancelled();
    const folderName = eventExportFolderName(event, (name) => fs.existsSync(path.join(parent, name)));
    const folder = path.join(parent, folderName);
    fs.renameSync(work, folder);
    options.onProgress?.({ done, total, current: '' });
    // Each document keeps its export revision once the folder is there (issue 6).
    for (const document of documents) sources.exports.recordExport(document.id);
    return { folder, files, documents: documents.length, pdf: converter ? converter.label : null, notes, problems };
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
