/**
 * History of each document: a revision on every explicit save (Ctrl+S), every export, creation and
 * import, and at most one per AUTOSAVE_REVISION_MS of autosaved editing. Restoring writes an old
 * content back as a new save and records it as a new revision; nothing is overwritten.
 */
import crypto from 'node:crypto';
import { bodyText } from '../../shared/document/body';
import { DocumentContent } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { isoNow, type Clock } from '../db/clock';
import type { Db } from '../db/open';
import type { RevisionReason, RevisionRepo, RevisionSummary } from '../db/revision-repo';
import type { DocumentService, DocumentWrite, DocumentWriteObserver } from './document-service';
import { revisionsToPrune } from './revision-pruning';

/** Autosave keeps at most one revision per five minutes of editing (issue 6). */
export const AUTOSAVE_REVISION_MS = 5 * 60_000;
const PREVIEW_CHARS = 200;

export interface RevisionDetail extends RevisionSummary {
  content: DocumentContent;
}

export class RevisionService implements DocumentWriteObserver {
  private documents: DocumentService | undefined;

  constructor(
    private readonly db: Db,
    private readonly repo: RevisionRepo,
    private readonly clock: Clock,
    /** Local time zone for pruning; default the machine's. */
    private readonly utcOffsetMinutes?: number,
  ) {}

  /** The document service restores through (they know each other: it tells us of its writes). */
  attach(documents: DocumentService): void {
    this.documents = documents;
  }

  written(id: string, content: DocumentContent, write: DocumentWrite): void {
    if (write.kind === 'create' || write.kind === 'import') {
      this.record(id, content, write.kind);
    } else if (write.kind === 'save') {
      if (write.explicit) {
        this.record(id, content, 'save');
      } else {
        const latest = this.repo.latest(id);
        if (!latest || this.clock.now().getTime() - Date.parse(latest.createdAt) >= AUTOSAVE_REVISION_MS) this.record(id, content, 'autosave');
      }
    }
  }

  deleted(): void {
    // A deleted document keeps its history: it can be restored.
  }

  list(documentId: string): RevisionSummary[] {
    return this.repo.list(documentId);
  }

  get(revisionId: number): RevisionDetail {
    const row = this.repo.get(revisionId);
    return { ...row, content: DocumentContent.parse(JSON.parse(row.content)) };
  }

  /** Records the document as it is now (exports call this with 'export'). */
  snapshot(documentId: string, reason: RevisionReason = 'export'): RevisionSummary {
    const doc = this.requireDocuments().get(documentId);
    return this.db.transaction(() => this.repo.get(this.record(documentId, doc, reason))).immediate();
  }

  /**
   * Writes an old revision back. The current content is kept first as a 'before-restore'
   * revision unless the newest revision already holds it, then the restored content becomes a
   * new 'restore' revision; all in one transaction.
   */
  restore(documentId: string, revisionId: number): { updatedAt: string; revisionId: number } {
    const documents = this.requireDocuments();
    return this.db.transaction(() => {
      const old = this.get(revisionId);
      if (old.documentId !== documentId) {
        throw new AppError('invalid_input', 'Phiên bản này thuộc về văn bản khác', { where: `phiên bản ${revisionId}` });
      }
      const current = documents.get(documentId);
      if (this.repo.latest(documentId)?.contentSha !== contentSha(current)) this.record(documentId, current, 'before-restore');
      // Recorded before the write, so the write's own autosave check finds a fresh revision.
      const restoredId = this.record(documentId, old.content, 'restore');
      const { updatedAt } = documents.save(documentId, old.content);
      return { updatedAt, revisionId: restoredId };
    }).immediate();
  }

  private record(documentId: string, content: DocumentContent, reason: RevisionReason): number {
    const picked = pickContent(content);
    const json = JSON.stringify(picked);
    const id = this.repo.insert({
      documentId,
      createdAt: isoNow(this.clock, this.repo.latest(documentId)?.createdAt),
      reason,
      title: picked.title,
      content: json,
      contentSha: sha256(json),
      preview: previewOf(picked),
    });
    this.prune(documentId);
    return id;
  }

  private prune(documentId: string): void {
    const dated = this.repo.list(documentId).map(({ revisionId, createdAt }) => ({ revisionId, createdAt }));
    this.repo.deleteMany(revisionsToPrune(dated, this.clock.now(), this.utcOffsetMinutes));
  }

  private requireDocuments(): DocumentService {
    if (!this.documents) throw new AppError('internal', 'Dịch vụ lịch sử chưa được nối với văn bản');
    return this.documents;
  }
}

function pickContent(content: DocumentContent): DocumentContent {
  return { title: content.title, frame: content.frame, body: content.body, portal: content.portal };
}

function contentSha(content: DocumentContent): string {
  return sha256(JSON.stringify(pickContent(content)));
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function previewOf(content: DocumentContent): string {
  const text = bodyText(content.body).replace(/\s+/g, ' ').trim();
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}
