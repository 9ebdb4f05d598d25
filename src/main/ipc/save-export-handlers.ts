/**
 * Exports main writes itself where the door can ask the user for a place (Electron's save dialog,
 * HandlerContext.saveFile), and opening the backup folder (HandlerContext.openPath). The web harness
 * has neither: the browser downloads the bytes and the UI shows the folder path to copy.
 */
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
import { exportDocx } from '../export/docx/export-document';
import { documentPage } from '../export/html/document-page';
import type { HandlerContext, Handlers, SaveFile } from './handlers';

type Names = Extract<RouteName, 'export.saveDocx' | 'export.saveHtml' | 'export.htmlPage' | 'backup.openFolder'>;

const DOCX_FILTERS = [{ name: 'Tài liệu Word', extensions: ['docx'] }];
const HTML_FILTERS = [{ name: 'Trang HTML', extensions: ['html', 'htm'] }];

function saveFileOf(ctx: HandlerContext): SaveFile {
  if (!ctx.saveFile) throw new AppError('not_found', 'Lưu tệp qua hộp thoại chỉ có trong ứng dụng Thư ký trên máy tính', { where: ctx.door });
  return ctx.saveFile;
}

export const saveExportHandlers: Pick<Handlers, Names> = {
  'export.saveDocx': async ({ id }, ctx) => {
    const saveFile = saveFileOf(ctx);
    const result = await exportDocx(ctx.services, id);
    const savedTo = await saveFile(result.fileName, result.bytes, DOCX_FILTERS);
    // Like export.docx, a saved export keeps a revision (a cancelled dialog saved nothing).
    if (savedTo !== null) ctx.services.revisions.snapshot(id, 'export');
    return { savedTo, problems: result.problems };
  },
  // The browser door downloads the same page; the renderer then records the revision (revisions.snapshot).
  'export.htmlPage': ({ id }, { services }) => documentPage(services, id),
  'export.saveHtml': async ({ id }, ctx) => {
    const saveFile = saveFileOf(ctx);
    const { fileName, html } = documentPage(ctx.services, id);
    const savedTo = await saveFile(fileName, new TextEncoder().encode(html), HTML_FILTERS);
    if (savedTo !== null) ctx.services.revisions.snapshot(id, 'export');
    // The portal page needs no ND30 frame, so nothing is reported missing (as for the browser download).
    return { savedTo, problems: [] };
  },
  'backup.openFolder': async (_input, ctx) => {
    const folder = ctx.services.backup.folder();
    const opened = ctx.openPath ? await ctx.openPath(folder) : false;
    return { path: folder, opened };
  },
};
