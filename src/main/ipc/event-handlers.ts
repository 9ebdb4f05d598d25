/** Handlers for the event routes (src/shared/event/routes.ts). */
import fs from 'node:fs';
import type { eventRoutes } from '../../shared/event/routes';
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
import { exportableEvent } from '../export/event-export';
import { cancelEventExport, eventExportStatus, startEventExport } from '../export/event-export-jobs';
import type { HandlerContext, Handlers } from './handlers';

/** Where "Xuất tất cả" writes: the folder the clerk picks in main's dialog (Electron) or the harness's own folder. */
async function exportParent(ctx: HandlerContext): Promise<string | null> {
  if (ctx.chooseFolder) return ctx.chooseFolder('Chọn thư mục để xuất tất cả văn bản của hội nghị');
  if (ctx.exportDir) {
    fs.mkdirSync(ctx.exportDir, { recursive: true });
    return ctx.exportDir;
  }
  throw new AppError('unavailable', 'Cửa này không có thư mục xuất', { where: ctx.door });
}

type Names = Extract<RouteName, keyof typeof eventRoutes>;

export const eventHandlers: Pick<Handlers, Names> = {
  'events.list': (_input, { services }) => services.events.list(),
  'events.get': ({ id }, { services }) => services.events.view(id),
  'events.create': (input, { services }) => {
    const photos = input.photos.map((photo, index) => {
      if (!photo.imageId) throw new AppError('invalid_input', 'Ảnh phải được tải lên trước (imageId), không nhận đường dẫn tệp', { where: `photos, ảnh ${index + 1}` });
      return { imageId: photo.imageId, caption: photo.caption };
    });
    return services.events.create({ ...input, photos });
  },
  'events.generate': ({ id }, { services }) => services.events.generate(id),
  'events.update': ({ id, facts }, { services }) => services.events.updateFacts(id, facts),
  'events.delete': ({ id }, { services }) => services.events.delete(id),
  'events.restore': ({ id }, { services }) => {
    services.events.restore(id);
    return { ok: true as const };
  },
  'events.setChecked': ({ documentId, checked }, { services }) => {
    services.events.setChecked(documentId, checked);
    return { ok: true as const };
  },
  'events.setParties': ({ id, which, parties }, { services }) => services.events.setParties(id, which, parties),
  'events.setPhotos': ({ id, photos }, { services }) => ({ event: services.events.setPhotos(id, photos) }),
  'events.exportAll': async ({ id }, ctx) => {
    // Asked before the folder dialog: an event with no documents, or an unknown one, is said at once.
    exportableEvent(ctx.services, id);
    const folder = await exportParent(ctx);
    if (folder === null) return { jobId: null, folder: null };
    return { jobId: startEventExport(ctx.services, id, folder), folder };
  },
  'events.exportStatus': ({ jobId }) => eventExportStatus(jobId),
  'events.cancelExport': ({ jobId }) => ({ cancelled: cancelEventExport(jobId) }),
  'events.openExportFolder': async ({ jobId }, ctx) => {
    const folder = eventExportStatus(jobId).result?.folder;
    if (!folder || !ctx.openPath) return { opened: false };
    return { opened: await ctx.openPath(folder) };
  },
};
