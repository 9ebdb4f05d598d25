/**
 * Child process for tests/crash-kill.test.ts: saves one document in a loop through the real
 * DocumentService with the search index and revisions observing (the app's one transaction) and prints each save's counter on stdout only after
 * save() returned, i.e. after the commit was acknowledged. The parent kills it with SIGKILL.
 *
 * argv: dbPath documentId templatesDir firstCounter
 */
import fs from 'node:fs';
import { paragraph } from '../../src/shared/document/body';
import { systemClock } from '../../src/main/db/clock';
import { DocumentRepo } from '../../src/main/db/document-repo';
import { openDatabase } from '../../src/main/db/open';
import { ProfileRepo } from '../../src/main/db/profile-repo';
import { RevisionRepo } from '../../src/main/db/revision-repo';
import { SearchRepo } from '../../src/main/db/search-repo';
import { TemplateRepo } from '../../src/main/db/template-repo';
import { DocumentService } from '../../src/main/services/document-service';
import { RevisionService } from '../../src/main/services/revision-service';
import { SearchService } from '../../src/main/services/search-service';
import { loadBuiltinTemplates, TemplateService } from '../../src/main/services/template-service';

const [dbPath, documentId, templatesDir, first] = process.argv.slice(2);
if (!dbPath || !documentId || !templatesDir || !first) throw new Error('usage: crash-writer DB ID TEMPLATES COUNTER');

// The store half of createServices (services.ts), wired the same way, without the feature
// services whose spreadsheet libraries would triple the start-up time of each of 200 children.
const db = openDatabase(dbPath);
const documentRepo = new DocumentRepo(db);
const revisions = new RevisionService(db, new RevisionRepo(db), systemClock);
const search = new SearchService(db, new SearchRepo(db), documentRepo);
const templates = new TemplateService(loadBuiltinTemplates(templatesDir), new TemplateRepo(db), systemClock);
const documents = new DocumentService(db, documentRepo, new ProfileRepo(db), templates, systemClock, [search, revisions]);
revisions.attach(documents);
const doc = documents.get(documentId);
for (let counter = Number(first); ; counter++) {
  const words = `Bản lưu số ${counter}: hội nghị phường Thanh Xuân, mốc moc${counter}. `;
  documents.save(
    documentId,
    { title: `Lưu ${counter}`, frame: doc.frame, portal: doc.portal, body: { type: 'doc', content: [paragraph(words.repeat(60)), paragraph(`moc${counter}`)] } },
    { explicit: counter % 5 === 0 },
  );
  fs.writeSync(1, `${counter}\n`);
}
