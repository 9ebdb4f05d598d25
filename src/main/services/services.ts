/** Wires the store and the services together; every door (Electron, CLI, web) starts here. */
import { systemClock, type Clock } from '../db/clock';
import { DocumentRepo } from '../db/document-repo';
import { ImageRepo } from '../db/image-repo';
import { openDatabase, type Db } from '../db/open';
import { ProfileRepo } from '../db/profile-repo';
import { TemplateRepo } from '../db/template-repo';
import { templatesDir } from '../paths/app-root';
import { DocumentService } from './document-service';
import { AttendeeRepo } from '../db/attendee-repo';
import { PersonRepo } from '../db/person-repo';
import { PledgeRepo } from '../db/pledge-repo';
import { AttendeeService } from './attendee-service';
import { PeopleService } from './people-service';
import { PledgeService } from './pledge-service';
import { RevisionRepo } from '../db/revision-repo';
import { SearchRepo } from '../db/search-repo';
import { ArchiveService } from './archive-service';
import { BackupService } from './backup-service';
import { RevisionService } from './revision-service';
import { SearchService } from './search-service';
import { resolveAttendanceSentences } from '../../shared/attendee/attendance-sentence-node';
import { ImageService } from './image-service';
import { ExportService } from '../export/export-service';
import { EventRepo } from '../db/event-repo';
import { EventService } from './event-service';
import { ProfileService } from './profile-service';
import { DictionaryService } from './dictionary-service';
import { UserWordRepo } from '../db/user-word-repo';
import { loadBuiltinTemplates, TemplateService } from './template-service';

export interface Services {
  db: Db;
  dbPath: string;
  clock: Clock;
  documents: DocumentService;
  templates: TemplateService;
  profile: ProfileService;
  images: ImageService;
  revisions: RevisionService;
  search: SearchService;
  backup: BackupService;
  attendees: AttendeeService;
  people: PeopleService;
  pledges: PledgeService;
  archive: ArchiveService;
  exports: ExportService;
  events: EventService;
  dictionary: DictionaryService;
  close(): void;
}

export interface ServiceOptions {
  clock?: Clock;
  templatesDir?: string;
}

export function createServices(dbPath: string, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  const builtins = () => loadBuiltinTemplates(options.templatesDir ?? templatesDir());
  const db = openDatabase(dbPath);
  const profileRepo = new ProfileRepo(db);
  const templates = new TemplateService(builtins, new TemplateRepo(db), clock);
  const documentRepo = new DocumentRepo(db);
  const revisionRepo = new RevisionRepo(db);
  const personRepo = new PersonRepo(db);
  const revisions = new RevisionService(db, revisionRepo, clock);
  const search = new SearchService(db, new SearchRepo(db), documentRepo);
  // Both observe every document write inside its transaction (index and history never drift).
  const documents = new DocumentService(db, documentRepo, profileRepo, templates, clock, [search, revisions]);
  revisions.attach(documents);
  // Attendee names and pledge parties are found like the document's own text (issue 6).
  const attendeeRows = new AttendeeRepo(db);
  const pledgeRows = new PledgeRepo(db);
  search.addTextSource((id) => {
    const listId = attendeeRows.idForDocument(id);
    return listId ? attendeeRows.get(listId).rows.map((row) => [row.fullName, row.title, row.unit].filter(Boolean).join(', ')) : [];
  });
  search.addTextSource((id) => pledgeRows.forDocument(id)?.parties.flatMap((party) => [party.name, party.representative, party.title]) ?? []);
  // A report is found by the names in its attendance sentence, as the list reads now.
  search.setBodyResolver((body) => resolveAttendanceSentences(body, (listId) => (attendeeRows.exists(listId) ? attendeeRows.get(listId) : undefined)));
  const images = new ImageService(new ImageRepo(db), clock);
  const reindex = (documentId: string) => search.reindex(documentId);
  const attendees = new AttendeeService(db, attendeeRows, documentRepo, documents, personRepo, clock, reindex);
  const pledges = new PledgeService(db, pledgeRows, documentRepo, clock, reindex);
  const profile = new ProfileService(profileRepo, clock);
  const dictionary = new DictionaryService(new UserWordRepo(db), clock);
  const eventRepo = new EventRepo(db);
  const events = new EventService(db, eventRepo, documents, attendees, pledges, profile, images, clock);
  return {
    db,
    dbPath,
    clock,
    templates,
    documents,
    revisions,
    search,
    backup: new BackupService(db, dbPath, clock, documentRepo),
    attendees,
    people: new PeopleService(db, personRepo, clock),
    pledges,
    profile,
    images,
    archive: new ArchiveService(db, documents, images, attendees, pledges, search, revisionRepo, eventRepo),
    exports: new ExportService({ documents, profile, images, attendees, pledges, revisions, events, dictionary }),
    events,
    dictionary,
    close: () => {
      if (db.open) db.close();
    },
  };
}
