/** Documents: create from a template, save, delete (recoverable), import the interchange form. */
import { v7 as uuidv7 } from 'uuid';
import { Document, DocumentContent, DocumentImport, type DeletedDocumentSummary, type DocumentSummary } from '../../shared/document/document';
import { assertSignerAuthority } from '../../shared/document/signing-authority';
import { AppError } from '../../shared/errors/app-error';
import { fillTemplate } from '../../shared/template/fill';
import { isoNow, type Clock } from '../db/clock';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { ProfileRepo } from '../db/profile-repo';
import type { TemplateService } from './template-service';

/** Why a document's content was written; explicit = the user pressed Ctrl+S. */
export type DocumentWrite = { kind: 'create' | 'import' | 'undelete' } | { kind: 'save'; explicit: boolean };

/**
 * Told of every write inside the same transaction (search index, revisions), so a crash leaves
 * either all of them or none.
 */
export interface DocumentWriteObserver {
  written(id: string, content: DocumentContent, write: DocumentWrite): void;
  deleted(id: string): void;
}

export class DocumentService {
  constructor(
    private readonly db: Db,
    private readonly repo: DocumentRepo,
    private readonly profiles: ProfileRepo,
    private readonly templates: TemplateService,
    private readonly clock: Clock,
    private readonly observers: readonly DocumentWriteObserver[] = [],
  ) {}

  private notifyWritten(id: string, content: DocumentContent, write: DocumentWrite): void {
    for (const observer of this.observers) observer.written(id, content, write);
  }

  list(): DocumentSummary[] {
    return this.repo.listLive();
  }

  get(id: string): Document {
    return this.repo.get(id);
  }

  /**
   * shape: fills the template's content from other data (an event) before the first write; date: the
   * date the document is for (an event's), whose year the template's "năm …" takes.
   */
  create(templateId: string, title?: string, shape?: (filled: DocumentContent) => DocumentContent, date?: string): Document {
    const template = this.templates.get(templateId);
    const filled = fillTemplate(template, this.profiles.getDefault(), this.clock.now(), date);
    const content = shape ? shape(filled) : filled;
    const now = isoNow(this.clock);
    const doc = Document.parse({
      id: uuidv7(),
      kind: template.kind,
      title: title ?? content.title,
      frame: content.frame,
      body: content.body,
      portal: content.portal,
      templateId: template.id,
      createdAt: now,
      updatedAt: now,
    });
    this.db.transaction(() => {
      this.repo.insert(doc, this.profiles.defaultId());
      this.notifyWritten(doc.id, doc, { kind: 'create' });
    }).immediate();
    return doc;
  }

  /** One transaction: the row is either the old content or the new, never half of each. */
  save(id: string, content: DocumentContent, options: { explicit?: boolean } = {}): { updatedAt: string } {
    const parsed = DocumentContent.parse(content);
    assertSignerAuthority(parsed.frame.signer, ['frame', 'signer']);
    return this.db.transaction(() => {
      const updatedAt = isoNow(this.clock, this.repo.lastUpdatedAt(id));
      this.repo.updateContent(id, parsed, updatedAt);
      this.notifyWritten(id, parsed, { kind: 'save', explicit: options.explicit ?? false });
      return { updatedAt };
    }).immediate();
  }

  delete(id: string): void {
    this.db.transaction(() => {
      this.repo.setDeleted(id, isoNow(this.clock));
      for (const observer of this.observers) observer.deleted(id);
    }).immediate();
  }

  restore(id: string): void {
    this.db.transaction(() => {
      this.repo.setDeleted(id, null);
      this.notifyWritten(id, this.repo.get(id), { kind: 'undelete' });
    }).immediate();
  }

  /** "Đã xóa": what can still be restored, the latest deletion first. */
  listDeleted(): DeletedDocumentSummary[] {
    return this.repo.listDeleted();
  }

  /** "Xóa vĩnh viễn": only a document already in "Đã xóa"; its history goes with it. */
  purge(id: string): void {
    this.db.transaction(() => this.repo.purge(id)).immediate();
  }

  /** Imports the interchange form; an id already in the store is a conflict, nothing is written. */
  importDocument(input: DocumentImport): Document {
    const now = isoNow(this.clock);
    const id = input.id ?? uuidv7();
    if (this.repo.exists(id)) throw new AppError('conflict', 'Văn bản với mã này đã có trong cơ sở dữ liệu', { where: `id ${id}` });
    const doc = Document.parse({ ...input, id, createdAt: input.createdAt ?? now, updatedAt: input.updatedAt ?? now });
    assertSignerAuthority(doc.frame.signer, ['frame', 'signer']);
    this.db.transaction(() => {
      this.repo.insert(doc, this.profiles.defaultId());
      this.notifyWritten(doc.id, doc, { kind: 'import' });
    }).immediate();
    return doc;
  }
}
