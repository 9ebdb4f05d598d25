/** Handlers for the event routes (src/shared/event/routes.ts). */
import type { eventRoutes } from '../../shared/event/routes';
import type { RouteName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/app-error';
import type { Handlers } from './handlers';

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
  'events.setChecked': ({ documentId, checked }, { services }) => {
    services.events.setChecked(documentId, checked);
    return { ok: true as const };
  },
};
