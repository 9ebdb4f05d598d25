/**
 * Exports main writes itself where the door can ask the user for a place (Electron's save dialog,
 * HandlerContext.saveFile), and opening the backup folder (HandlerContext.openPath). The web harness
 * has neither: the browser downloads the bytes and the UI shows the folder path to copy.
 */
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../../shared/export/portal-html-options';
import { fileNameFromTitle } from '../../shared/text/file-name';
import { portalDocumentFor } from '../export/attendees/portal-extras';
import { exportDocx } from '../export/docx/export-document';
import { storeImageResolver } from '../export/html/portal-export';
import { imageFolderFor, toStandalonePage } from '../export/html/standalone-page';
import type { HandlerContext, Handlers, SaveFile } from './handlers';

type Names = Extract<RouteName, 'export.saveDocx' | 'export.saveHtml' | 'backup.openFolder'>;

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
  'export.saveHtml': async ({ id }, ctx) => {
    const saveFile = saveFileOf(ctx);
    const document = ctx.services.documents.get(id);
    const fileName = fileNameFromTitle(document.title, 'html');
    // The same page as `thuky export-html` writes; images are embedded by default, so one file is all.
    const options = DEFAULT_PORTAL_HTML_OPTIONS;
    const resolveImage = storeImageResolver(ctx.services.images, options.maxImageSidePx);
    const page = toStandalonePage(portalDocumentFor(ctx.services, document), options, resolveImage, { imageFolder: imageFolderFor(fileName) });
    const savedTo = await saveFile(fileName, new TextEncoder().encode(page), HTML_FILTERS);
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
