/** Documents: create from a template, save, delete (recoverable), import the interchange form. */
import { v7 as uuidv7 } from 'uuid';
import { Document, DocumentContent, DocumentImport, type DocumentSummary } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { fillTemplate } from '../../shared/template/fill';
import { isoNow, type Clock } from '../db/clock';
import type { DocumentRepo } from '../db/document-repo';
import type { Db } from '../db/open';
import type { ProfileRepo } from '../db/profile-repo';
import type { TemplateService } from './template-service';

export class DocumentService {
  constructor(
    private readonly db: Db,
    private readonly repo: DocumentRepo,
    private readonly profiles: ProfileRepo,
    private readonly templates: TemplateService,
    private readonly clock: Clock,
  ) {}

  list(): DocumentSummary[] {
    return this.repo.listLive();
  }

  get(id: string): Document {
    return this.repo.get(id);
  }

  create(templateId: string, title?: string): Document {
    const template = this.templates.get(templateId);
    const filled = fillTemplate(template, this.profiles.getDefault(), this.clock.now());
    const now = isoNow(this.clock);
    const doc = Document.parse({
      id: uuidv7(),
      kind: template.kind,
      title: title ?? filled.title,
      frame: filled.frame,
      body: filled.body,
      portal: filled.portal,
      templateId: template.id,
      createdAt: now,
      updatedAt: now,
    });
    this.repo.insert(doc, this.profiles.defaultId());
    return doc;
  }

  /** One transaction: the row is either the old content or the new, never half of each. */
  save(id: string, content: DocumentContent): { updatedAt: string } {
    const parsed = DocumentContent.parse(content);
    return this.db.transaction(() => {
      const updatedAt = isoNow(this.clock, this.repo.lastUpdatedAt(id));
      this.repo.updateContent(id, parsed, updatedAt);
      return { updatedAt };
    }).immediate();
  }

  delete(id: string): void {
    this.repo.setDeleted(id, isoNow(this.clock));
  }

  restore(id: string): void {
    this.repo.setDeleted(id, null);
  }

  /** Imports the interchange form; an id already in the store is a conflict, nothing is written. */
  importDocument(input: DocumentImport): Document {
    const now = isoNow(this.clock);
    const id = input.id ?? uuidv7();
    if (this.repo.exists(id)) throw new AppError('conflict', 'Văn bản với mã này đã có trong cơ sở dữ liệu', { where: `id ${id}` });
    const doc = Document.parse({ ...input, id, createdAt: input.createdAt ?? now, updatedAt: input.updatedAt ?? now });
    this.repo.insert(doc, this.profiles.defaultId());
    return doc;
  }
}
