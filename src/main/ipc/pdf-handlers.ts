/**
 * PDF routes: "Xem trước bản in" asks for the PDF of a document (export.pdf), "Xuất PDF" saves it
 * (export.savePdf, Electron's save dialog), "Hủy" stops the conversion under way (export.cancelPdf).
 * One conversion at a time; the last PDF is kept for its document version, so saving or printing
 * what the preview shows does not convert again.
 */
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
import { exportPdf, type PdfExport } from '../export/pdf/export-pdf';
import type { HandlerContext, Handlers } from './handlers';

type Names = Extract<RouteName, 'export.pdf' | 'export.savePdf' | 'export.cancelPdf'>;

const PDF_FILTERS = [{ name: 'Tệp PDF', extensions: ['pdf'] }];

let running: AbortController | undefined;
let last: { id: string; updatedAt: string; result: PdfExport } | undefined;

async function pdfOf(id: string, ctx: HandlerContext): Promise<PdfExport> {
  const { updatedAt } = ctx.services.documents.get(id);
  if (last && last.id === id && last.updatedAt === updatedAt) return last.result;
  running?.abort();
  const controller = new AbortController();
  running = controller;
  try {
    const result = await exportPdf(ctx.services, id, { signal: controller.signal });
    last = { id, updatedAt, result };
    return result;
  } finally {
    if (running === controller) running = undefined;
  }
}

export const pdfHandlers: Pick<Handlers, Names> = {
  'export.pdf': async ({ id }, ctx) => {
    const result = await pdfOf(id, ctx);
    return { fileName: result.fileName, dataBase64: Buffer.from(result.bytes).toString('base64'), problems: result.problems, convertedBy: result.convertedBy };
  },
  'export.savePdf': async ({ id }, ctx) => {
    const saveFile = ctx.saveFile;
    if (!saveFile) throw new AppError('not_found', 'Lưu tệp qua hộp thoại chỉ có trong ứng dụng Thư ký trên máy tính', { where: ctx.door });
    const result = await pdfOf(id, ctx);
    const savedTo = await ctx.services.exports.deliver(id, result, (made) => saveFile(made.fileName, made.bytes, PDF_FILTERS));
    return { savedTo, problems: result.problems };
  },
  'export.cancelPdf': () => {
    const cancelled = running !== undefined;
    running?.abort();
    return { cancelled };
  },
};
