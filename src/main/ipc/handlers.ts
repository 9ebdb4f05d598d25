/** One handler per route of the contract; each gets parsed input and returns the route's output. */
import type { RouteName, RouteOutput, RouteParsedInput } from '../../shared/ipc/contract';
import type { Services } from '../services/services';

export interface HandlerContext {
  services: Services;
  door: 'electron' | 'web';
  version: string;
}

export type Handlers = {
  [N in RouteName]: (input: RouteParsedInput<N>, ctx: HandlerContext) => RouteOutput<N> | Promise<RouteOutput<N>>;
};

export const handlers: Handlers = {
  'app.info': (_input, ctx) => ({ version: ctx.version, dbPath: ctx.services.dbPath, door: ctx.door }),
  'documents.list': (_input, { services }) => services.documents.list(),
  'documents.get': ({ id }, { services }) => services.documents.get(id),
  'documents.create': ({ templateId, title }, { services }) => services.documents.create(templateId, title),
  'documents.save': ({ id, content }, { services }) => services.documents.save(id, content),
  'documents.delete': ({ id }, { services }) => {
    services.documents.delete(id);
    return { ok: true as const };
  },
  'documents.restore': ({ id }, { services }) => {
    services.documents.restore(id);
    return { ok: true as const };
  },
  'templates.list': (_input, { services }) => services.templates.list(),
  'templates.saveFromDocument': ({ documentId, name }, { services }) =>
    services.templates.saveFromDocument(services.documents.get(documentId), name),
  'profile.get': (_input, { services }) => services.profile.get(),
  'profile.save': (input, { services }) => services.profile.save(input),
  'images.put': ({ mime, dataBase64 }, { services }) => services.images.put(mime, Buffer.from(dataBase64, 'base64')),
  'images.get': ({ id }, { services }) => {
    const image = services.images.get(id);
    return { mime: image.mime, dataBase64: image.bytes.toString('base64') };
  },
};
