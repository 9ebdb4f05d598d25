/** Wires the store and the services together; every door (Electron, CLI, web) starts here. */
import { systemClock, type Clock } from '../db/clock';
import { DocumentRepo } from '../db/document-repo';
import { ImageRepo } from '../db/image-repo';
import { openDatabase, type Db } from '../db/open';
import { ProfileRepo } from '../db/profile-repo';
import { TemplateRepo } from '../db/template-repo';
import { templatesDir } from '../paths/app-root';
import { DocumentService } from './document-service';
import { ImageService } from './image-service';
import { ProfileService } from './profile-service';
import { loadBuiltinTemplates, TemplateService } from './template-service';

export interface Services {
  db: Db;
  dbPath: string;
  clock: Clock;
  documents: DocumentService;
  templates: TemplateService;
  profile: ProfileService;
  images: ImageService;
  close(): void;
}

export interface ServiceOptions {
  clock?: Clock;
  templatesDir?: string;
}

export function createServices(dbPath: string, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  const builtins = loadBuiltinTemplates(options.templatesDir ?? templatesDir());
  const db = openDatabase(dbPath);
  const profileRepo = new ProfileRepo(db);
  const templates = new TemplateService(builtins, new TemplateRepo(db), clock);
  return {
    db,
    dbPath,
    clock,
    templates,
    documents: new DocumentService(db, new DocumentRepo(db), profileRepo, templates, clock),
    profile: new ProfileService(profileRepo, clock),
    images: new ImageService(new ImageRepo(db), clock),
    close: () => {
      if (db.open) db.close();
    },
  };
}
