/** Handlers for the attendee, people, pledge and attendance-sentence routes (src/shared/attendee/routes.ts). */
import type { RouteName } from '../../shared/ipc/contract';
import type { attendeeRoutes } from '../../shared/attendee/routes';
import type { pledgeRoutes } from '../../shared/pledge/routes';
import { attendanceSentenceHtml, attendeeListHtml } from '../export/attendees/list-html';
import type { Handlers } from './handlers';

type Names = Extract<RouteName, keyof typeof attendeeRoutes | keyof typeof pledgeRoutes>;

export const attendeeHandlers: Pick<Handlers, Names> = {
  'attendees.list': (_input, { services }) => services.attendees.list(),
  'attendees.get': (input, { services }) => ('listId' in input ? services.attendees.get(input.listId) : services.attendees.getForDocument(input.documentId)),
  'attendees.save': (input, { services }) => services.attendees.save(input),
  'attendees.saveRows': (input, { services }) => services.attendees.saveRows(input),
  'attendees.import': async ({ fileName, dataBase64, mapping, commit, title }, { services }) => {
    const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
    const preview = await services.attendees.previewImport(bytes, fileName, mapping);
    if (!commit) return { preview, committed: null };
    const committed = await services.attendees.commitImport(bytes, fileName, { ...(mapping ? { mapping } : {}), ...(title ? { title } : {}) });
    return { preview, committed };
  },
  'attendees.export': async ({ listId, format }, { services }) => {
    if (format === 'html') {
      const list = services.attendees.get(listId);
      return { fileName: `${list.name}.html`, dataBase64: Buffer.from(attendeeListHtml(list), 'utf8').toString('base64') };
    }
    const file = format === 'docx' ? await services.exports.listWord(listId) : await services.attendees.export(listId, format);
    return { fileName: file.fileName, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'attendees.attachments': ({ documentId }, { services }) =>
    services.attendees.attachmentsFor(documentId).map(({ listId, frozen, list }) => ({ listId, frozen, name: list.name, rowCount: list.rows.length })),
  'attendees.attach': ({ documentId, listId, action }, { services }) => {
    if (action === 'attach') services.attendees.attach(documentId, listId);
    else if (action === 'detach') services.attendees.detach(documentId, listId);
    else services.attendees.setFrozen(documentId, listId, action === 'freeze');
    return { ok: true as const };
  },
  'people.list': (_input, { services }) => services.people.list(),
  'people.save': (input, { services }) => services.people.save(input),
  'people.addFromList': ({ listId }, { services }) => {
    const list = services.attendees.get(listId);
    const { rows, added, linked } = services.people.rememberRows(list.rows);
    const { updatedAt } = services.attendees.save({ ...list, rows });
    return { added, linked, updatedAt };
  },
  'people.delete': ({ id }, { services }) => {
    services.people.delete(id);
    return { ok: true as const };
  },
  'reports.attendanceSentence': ({ listId, leadingRowIds }, { services }) => {
    const sentence = services.attendees.attendanceSentence(listId, leadingRowIds);
    return { ...sentence, html: attendanceSentenceHtml(sentence.text) };
  },
  'pledges.get': ({ documentId }, { services }) => services.pledges.get(documentId),
  'pledges.save': ({ documentId, content }, { services }) => services.pledges.save(documentId, content),
};
