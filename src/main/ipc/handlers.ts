/** One handler per route of the contract; each gets parsed input and returns the route's output. */
import type { RouteName, RouteOutput, RouteParsedInput } from '../../shared/ipc/contract';
import { normaliseBodyTones } from '../../shared/document/body-tones';
import { exportDocx } from '../export/docx/export-document';
import { exportPortalHtml } from '../export/html/portal-export';
import { checkStoredDocument } from '../export/document-check';
import { htmlToBody } from '../import/html-import';
import type { Services } from '../services/services';
import { attendeeHandlers } from './attendee-handlers';
import { saveExportHandlers } from './save-export-handlers';
import { portalDocumentFor } from '../export/attendees/portal-extras';

export interface SaveFileFilter {
  name: string;
  extensions: string[];
}

/** Asks the user where to save (Electron's save dialog) and writes the file; null when cancelled. */
export type SaveFile = (suggestedName: string, bytes: Uint8Array, filters: SaveFileFilter[]) => Promise<string | null>;

export interface HandlerContext {
  services: Services;
  door: 'electron' | 'web';
  version: string;
  /** Opens a folder in the system file manager; true when it opened. Absent in the web harness. */
  openPath?: (path: string) => Promise<boolean>;
  /** Absent in the web harness, where the browser downloads the bytes instead. */
  saveFile?: SaveFile;
}

export type Handlers = {
  [N in RouteName]: (input: RouteParsedInput<N>, ctx: HandlerContext) => RouteOutput<N> | Promise<RouteOutput<N>>;
};

export const handlers: Handlers = {
  ...attendeeHandlers,
  ...saveExportHandlers,
  'app.info': (_input, ctx) => ({ version: ctx.version, dbPath: ctx.services.dbPath, door: ctx.door }),
  'documents.list': (_input, { services }) => services.documents.list(),
  'documents.get': ({ id }, { services }) => services.documents.get(id),
  'documents.create': ({ templateId, title }, { services }) => services.documents.create(templateId, title),
  'documents.save': ({ id, content, explicit }, { services }) => services.documents.save(id, content, { explicit: explicit ?? false }),
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
  'revisions.list': ({ id }, { services }) => services.revisions.list(id),
  'revisions.get': ({ revisionId }, { services }) => services.revisions.get(revisionId),
  'revisions.restore': ({ id, revisionId }, { services }) => services.revisions.restore(id, revisionId),
  'revisions.snapshot': ({ id }, { services }) => services.revisions.snapshot(id, 'export'),
  'search.query': ({ query, limit }, { services }) => services.search.query(query, limit),
  'backup.now': (_input, { services }) => services.backup.backupNow(),
  'backup.list': (_input, { services }) => services.backup.list(),
  'backup.restore': ({ name }, { services }) => services.backup.restoreNamed(name),
  'backup.folder': (_input, { services }) => ({ path: services.backup.folder() }),
  // An attendees document carries its list as a table (src/main/export/attendees/portal-extras.ts).
  'export.portalHtml': ({ id, options }, { services }) => exportPortalHtml(portalDocumentFor(services, services.documents.get(id)), options, services.images),
  'export.docx': async ({ id }, { services }) => {
    const result = await exportDocx(services, id);
    services.revisions.snapshot(id, 'export'); // issue 6: a revision on every export
    return { fileName: result.fileName, dataBase64: Buffer.from(result.bytes).toString('base64'), problems: result.problems };
  },
  'export.check': ({ id }, { services }) => ({ findings: checkStoredDocument(services, services.documents.get(id)) }),
  // A paste lands in the profile's tone-mark style, like a file import.
  'import.html': ({ html }, { services }) => ({
    body: normaliseBodyTones(htmlToBody(html, { putImage: (mime, bytes) => services.images.put(mime, bytes) }, 'HTML dán vào').body, services.profile.get().toneStyle),
  }),
  'images.get': ({ id }, { services }) => {
    const image = services.images.get(id);
    return { mime: image.mime, dataBase64: image.bytes.toString('base64') };
  },
};
