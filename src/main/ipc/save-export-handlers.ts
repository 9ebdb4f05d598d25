/**
 * Exports main writes itself where the door can ask the user for a place (Electron's save dialog,
 * HandlerContext.saveFile), and opening the backup folder (HandlerContext.openPath). The web harness
 * has neither: the browser downloads the bytes and the UI shows the folder path to copy.
 */
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
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
    const file = await ctx.services.exports.word(id);
    // A cancelled dialog saved nothing, so keeps no export revision.
    const savedTo = await ctx.services.exports.deliver(id, file, () => saveFile(file.fileName, file.bytes, DOCX_FILTERS));
    return { savedTo, problems: file.problems };
  },
  // The browser door downloads the same page; the renderer then records the revision (revisions.snapshot).
  'export.htmlPage': ({ id }, { services }) => {
    const { fileName, html } = services.exports.page(id, { images: 'embed' });
    return { fileName, html };
  },
  'export.saveHtml': async ({ id }, ctx) => {
    const saveFile = saveFileOf(ctx);
    // Pictures embedded: the saved page is one file.
    const page = ctx.services.exports.page(id, { images: 'embed' });
    const savedTo = await ctx.services.exports.deliver(id, page, () => saveFile(page.fileName, new TextEncoder().encode(page.html), HTML_FILTERS));
    // The portal page needs no ND30 frame, so nothing is reported missing (as for the browser download).
    return { savedTo, problems: [] };
  },
  'backup.openFolder': async (_input, ctx) => {
    const folder = ctx.services.backup.folder();
    const opened = ctx.openPath ? await ctx.openPath(folder) : false;
    return { path: folder, opened };
  },
};
