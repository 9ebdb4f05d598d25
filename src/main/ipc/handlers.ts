/** One handler per route of the contract; each gets parsed input and returns the route's output. */
import type { RouteName, RouteOutput, RouteParsedInput } from '../../shared/ipc/contract';
import { normaliseBodyTones } from '../../shared/document/body-tones';
import { htmlToBody } from '../import/html-import';
import type { Services } from '../services/services';
import { attendeeHandlers } from './attendee-handlers';
import { pdfHandlers } from './pdf-handlers';
import { eventHandlers } from './event-handlers';
import { saveExportHandlers } from './save-export-handlers';

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
  /** Asks the user for a folder (Electron's dialog in main); null when cancelled. Absent in the web harness. */
  chooseFolder?: (title: string) => Promise<string | null>;
  /** The web harness's own folder for exports that write several files ("Xuất tất cả"); the page never names one. */
  exportDir?: string;
}

export type Handlers = {
  [N in RouteName]: (input: RouteParsedInput<N>, ctx: HandlerContext) => RouteOutput<N> | Promise<RouteOutput<N>>;
};

export const handlers: Handlers = {
  ...attendeeHandlers,
  ...eventHandlers,
  ...saveExportHandlers,
  ...pdfHandlers,
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
  'documents.importFile': async ({ fileName, dataBase64 }, { services }) => {
    const { importUploadedFile } = await import('../import/import-upload'); // mammoth and the HTML parser load only here
    const notices: string[] = [];
    const input = await importUploadedFile(fileName, Buffer.from(dataBase64, 'base64'), {
      putImage: (mime, bytes) => services.images.put(mime, bytes),
      onNotice: (message) => notices.push(message),
      toneStyle: services.profile.get().toneStyle,
    });
    return { document: services.documents.importDocument(input), notices };
  },
  'documents.listDeleted': (_input, { services }) => services.documents.listDeleted(),
  'documents.purge': ({ id }, { services }) => {
    services.documents.purge(id);
    return { ok: true as const };
  },
  'templates.list': (_input, { services }) => services.templates.list(),
  'templates.saveFromDocument': ({ documentId, name }, { services }) =>
    services.templates.saveFromDocument(services.documents.get(documentId), name),
  'profile.get': (_input, { services }) => services.profile.get(),
  'profile.save': (input, { services }) => services.profile.save(input),
  'profile.status': (_input, { services }) => ({ set: services.profile.isSet() }),
  'images.put': ({ mime, dataBase64 }, { services }) => services.images.put(mime, Buffer.from(dataBase64, 'base64')),
  'revisions.list': ({ id }, { services }) => services.revisions.list(id),
  'revisions.get': ({ revisionId }, { services }) => services.revisions.get(revisionId),
  'revisions.restore': ({ id, revisionId }, { services }) => services.revisions.restore(id, revisionId),
  // Exports the renderer finishes itself (clipboard, browser download) keep their revision here.
  'revisions.snapshot': ({ id }, { services }) => services.exports.recordExport(id),
  'search.query': ({ query, limit }, { services }) => services.search.query(query, limit),
  'backup.now': (_input, { services }) => services.backup.backupNow(),
  'backup.list': (_input, { services }) => services.backup.list(),
  'backup.restore': ({ name }, { services }) => services.backup.restoreNamed(name),
  'backup.folder': (_input, { services }) => ({ path: services.backup.folder() }),
  // The live preview and the clipboard copy: no revision here (the renderer records a real copy).
  'export.portalHtml': ({ id, options }, { services }) => services.exports.portal(id, options),
  // The browser door: the bytes travel back and the browser downloads them.
  'export.docx': async ({ id }, { services }) => {
    const file = await services.exports.word(id);
    await services.exports.deliver(id, file, () => file.fileName);
    return { fileName: file.fileName, dataBase64: Buffer.from(file.bytes).toString('base64'), problems: file.problems };
  },
  'export.check': ({ id }, { services }) => ({ findings: services.exports.check(id) }),
  // A paste lands in the profile's tone-mark style, like a file import.
  'import.html': ({ html }, { services }) => ({
    body: normaliseBodyTones(htmlToBody(html, { putImage: (mime, bytes) => services.images.put(mime, bytes) }, 'HTML dán vào').body, services.profile.get().toneStyle),
  }),
  'dictionary.list': (_input, { services }) => services.dictionary.list(),
  'dictionary.add': ({ word }, { services }) => services.dictionary.add(word),
  'dictionary.remove': ({ word }, { services }) => services.dictionary.remove(word),
  'images.get': ({ id }, { services }) => {
    const image = services.images.get(id);
    return { mime: image.mime, dataBase64: image.bytes.toString('base64') };
  },
};
