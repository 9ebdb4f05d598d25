/**
 * The one export service: shapes a stored document for every format (Word, the standalone HTML
 * page, the portal fragment with its plain-text twin, an attendee list's own Word file) and keeps
 * the export revision, once, when a door has delivered the result. Electron IPC, the web harness,
 * the CLI and (through the routes) the renderer call it; they only save, download or print.
 */
import type { Document } from '../../shared/document/document';
import { kindOf } from '../../shared/document/kinds';
import { AppError } from '../../shared/errors/app-error';
import { DEFAULT_PORTAL_HTML_OPTIONS, type PortalHtmlOptions } from '../../shared/export/portal-html-options';
import { documentFileName } from '../../shared/document/document-file-name';
import { exportFileName } from '../../shared/text/file-name';
import { portalDocumentFor } from './attendees/portal-extras';
import type { ImageResolver } from './docx/to-docx';
import { storeImageResolver } from './html/portal-export';
import type { ExportSources } from './export-sources';
import { portalImageFiles } from './html/portal-images';
import { imageFolderFor, toStandalonePage } from './html/standalone-page';
import { toPortalHtml } from './html/to-portal-html';
import { toPortalText } from './html/to-portal-text';
import { MISSING_RULES, WRITING_KINDS } from '../../shared/check/check-document';
import type { Finding } from '../../shared/check/finding';
import { checkStoredDocument } from './document-check';
import { problemLines } from '../../shared/check/problem-lines';
import type { RevisionSummary } from '../db/revision-repo';

export interface WordFile {
  fileName: string;
  bytes: Uint8Array;
  /** The check's messages, a repeated one once with its count: what the document still lacks or holds by mistake (the export happens anyway). */
  problems: string[];
}

export interface HtmlPage {
  fileName: string;
  html: string;
  /** Pictures to write beside the page (in `imageFolder`) when they are files; empty when embedded. */
  imageFiles: Array<{ name: string; bytes: Uint8Array }>;
  imageFolder: string;
}

/** Where a door puts a made export: a save dialog, a file, a download. Returns where it went, or null when the user cancelled. */
export type Delivery<T> = (made: T) => Promise<string | null> | string | null;

export class ExportService {
  constructor(private readonly sources: ExportSources) {}

  /** The Word file (Decree 30 layout) with its lists, pledge parties and appendices from the store. */
  async word(id: string): Promise<WordFile> {
    const document = this.sources.documents.get(id);
    const profile = this.sources.profile.get();
    const resolveImage = this.wordImages();
    // The Word modules (docx, fflate) load on the first Word export: other commands start without them.
    const [{ docxInputsFor }, { toDocx }] = await Promise.all([import('./attendees/docx-extras'), import('./docx/to-docx')]);
    const inputs = docxInputsFor(this.sources, document, profile, resolveImage);
    const bytes = await toDocx(inputs.document, profile, resolveImage, inputs.extras);
    // The export warns about what the document lacks (only those rules run: not spelling and the other
    // writing advice over the whole body, which stays in the Kiểm tra panel).
    const findings = checkStoredDocument(this.sources, document, MISSING_RULES).filter((finding) => !WRITING_KINDS.has(finding.kind));
    return { fileName: documentFileName(document, 'docx'), bytes, problems: problemLines(findings.map((finding) => finding.message)) };
  }

  /**
   * A giấy mời as one Word file per person invited ("the same as separate files on request"):
   * each the single-file export with one salutation. Any other kind comes back as its one file.
   */
  async wordPerAddressee(id: string): Promise<WordFile[]> {
    const whole = await this.word(id);
    const document = this.sources.documents.get(id);
    if (kindOf(document.kind).data !== 'addressees') return [whole];
    const profile = this.sources.profile.get();
    const resolveImage = this.wordImages();
    const [{ docxInputsFor }, { toDocx }] = await Promise.all([import('./attendees/docx-extras'), import('./docx/to-docx')]);
    const inputs = docxInputsFor(this.sources, document, profile, resolveImage);
    const addressees = this.sources.events.addresseesFor(id);
    const files: WordFile[] = [];
    for (const [index, addressee] of (inputs.extras.addressees ?? []).entries()) {
      const bytes = await toDocx(inputs.document, profile, resolveImage, { ...inputs.extras, addressees: [addressee] });
      // The same name as the whole file, with the page's number and the person (file-name rule, §17).
      const who = `${String(index + 1).padStart(2, '0')} ${addressees[index]?.fullName ?? ''}`;
      files.push({ fileName: documentFileName(document, 'docx', { suffix: who }), bytes, problems: whole.problems });
    }
    return files;
  }

  /** An attendee list's own Word file: the Danh sách around its document's frame. */
  async listWord(listId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const list = this.sources.attendees.get(listId);
    if (!list.documentId) throw new AppError('invalid_input', 'Danh sách chưa thuộc văn bản nào; hãy đính kèm vào báo cáo để xuất làm Phụ lục', { where: list.name });
    const document = this.sources.documents.get(list.documentId);
    const { standaloneListDocx } = await import('./attendees/list-docx');
    const bytes = await standaloneListDocx(document, list, this.sources.profile.get(), this.wordImages());
    return { fileName: exportFileName({ title: list.name, kindLabel: 'Danh sách đại biểu' }, 'docx'), bytes };
  }

  /**
   * The standalone HTML page: the portal fragment in a minimal UTF-8 page, an attendee list's
   * people in it. `fileName` (default from the title) names the pictures' folder when they are files.
   */
  page(id: string, options: { images: 'embed' | 'files'; fileName?: string }): HtmlPage {
    const document = this.portalDocument(id);
    const fileName = options.fileName ?? documentFileName(document, 'html');
    const portalOptions: PortalHtmlOptions = { ...DEFAULT_PORTAL_HTML_OPTIONS, images: options.images };
    const resolveImage = storeImageResolver(this.sources.images, portalOptions.maxImageSidePx);
    const imageFolder = imageFolderFor(fileName);
    const html = toStandalonePage(document, portalOptions, resolveImage, { imageFolder });
    const imageFiles = options.images === 'files' ? portalImageFiles(document.body, resolveImage).map(({ name, image }) => ({ name, bytes: image.bytes })) : [];
    return { fileName, html, imageFiles, imageFolder };
  }

  /** The clean fragment to paste into the portal, with its faithful plain-text twin (also the live preview). */
  portal(id: string, options: PortalHtmlOptions): { html: string; text: string } {
    const document = this.portalDocument(id);
    const resolveImage = storeImageResolver(this.sources.images, options.maxImageSidePx);
    return { html: toPortalHtml(document, options, resolveImage), text: toPortalText(document, options) };
  }

  /** The check (shared/check): what the document still lacks or holds by mistake. */
  check(id: string): Finding[] {
    return checkStoredDocument(this.sources, this.sources.documents.get(id));
  }

  /** Hands a made export to the door; when it went somewhere (not cancelled), the document keeps an export revision. */
  async deliver<T>(id: string, made: T, delivery: Delivery<T>): Promise<string | null> {
    const where = await delivery(made);
    if (where !== null) this.recordExport(id);
    return where;
  }

  /** The one place an export keeps its revision (issue 6): also for exports the renderer finishes (clipboard, download). */
  recordExport(id: string): RevisionSummary {
    return this.sources.revisions.snapshot(id, 'export');
  }

  /** The document as the portal exports see it: attendance sentences read, an attendee list's people as its table. */
  private portalDocument(id: string): Document {
    return portalDocumentFor(this.sources, this.sources.documents.get(id));
  }

  /** Word reads pictures straight from the store; a missing one becomes a placeholder. */
  private wordImages(): ImageResolver {
    return (imageId) => this.sources.images.find(imageId);
  }
}
