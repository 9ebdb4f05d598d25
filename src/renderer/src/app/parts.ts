/**
 * The route groups fetched the first time they open, each in its own chunk: the document page (editor,
 * sheet, side panels), the attendee grid and the pledge/programme editor of those kinds of document, the
 * event workspace, and the shell's dialogs.
 * The shell and the document list are in the entry, so opening the app parses only those.
 * (Type-only imports here; a value import of these modules would put them back in the entry.)
 */
import { kindOf } from '../../../shared/document/kinds';
import type { DocumentKind } from '../../../shared/document/kind';
import type { AttendeeWorkspace as Attendees } from '../attendees/AttendeeWorkspace';
import type { DeletedDocumentsDialog as DeletedDocuments } from '../documents/DeletedDocumentsDialog';
import type { DocumentPage as Document } from '../documents/DocumentPage';
import type { EventsPage as Events } from '../events/EventsPage';
import type { PledgeEditor as Pledge } from '../pledges/PledgeEditor';
import type { FirstRunDialog as FirstRun } from '../settings/FirstRunDialog';
import type { SettingsDialog as Settings } from '../settings/SettingsDialog';
import type { SaveTemplateDialog as SaveTemplate } from '../templates/SaveTemplateDialog';
import type { TemplateGallery as Gallery } from '../templates/TemplateGallery';
import { onDemand, type OnDemand } from './on-demand';

type PartOf<C extends (props: never) => unknown> = OnDemand<Parameters<C>[0]>;

export const DocumentPage: PartOf<typeof Document> = onDemand(() => import('../documents/DocumentPage').then((module) => module.DocumentPage));
export const AttendeeWorkspace: PartOf<typeof Attendees> = onDemand(() => import('../attendees/AttendeeWorkspace').then((module) => module.AttendeeWorkspace));
export const PledgeEditor: PartOf<typeof Pledge> = onDemand(() => import('../pledges/PledgeEditor').then((module) => module.PledgeEditor));
export const EventsPage: PartOf<typeof Events> = onDemand(() => import('../events/EventsPage').then((module) => module.EventsPage));
export const TemplateGallery: PartOf<typeof Gallery> = onDemand(() => import('../templates/TemplateGallery').then((module) => module.TemplateGallery));
export const SaveTemplateDialog: PartOf<typeof SaveTemplate> = onDemand(() => import('../templates/SaveTemplateDialog').then((module) => module.SaveTemplateDialog));
export const SettingsDialog: PartOf<typeof Settings> = onDemand(() => import('../settings/SettingsDialog').then((module) => module.SettingsDialog));
export const FirstRunDialog: PartOf<typeof FirstRun> = onDemand(() => import('../settings/FirstRunDialog').then((module) => module.FirstRunDialog));
export const DeletedDocumentsDialog: PartOf<typeof DeletedDocuments> = onDemand(() => import('../documents/DeletedDocumentsDialog').then((module) => module.DeletedDocumentsDialog));

/** The parts a document of this kind shows as it opens: the page, and the grid or pledge editor it opens on. */
export function preloadDocumentParts(kind: DocumentKind): Promise<void> {
  const { workspace } = kindOf(kind);
  const special = workspace === 'attendees' ? AttendeeWorkspace.preload() : workspace === 'pledge' ? PledgeEditor.preload() : undefined;
  return Promise.all([DocumentPage.preload(), special]).then(() => undefined);
}
