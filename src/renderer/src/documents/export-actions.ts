/**
 * The export buttons of the top bar. In Electron main asks where to save (export.saveDocx /
 * export.saveHtml, which also keep a revision); in the browser harness the bytes are downloaded.
 * "Sao chép cho cổng thông tin" and the harness's "Xuất HTML" finish in the renderer, so they record
 * their revision with revisions.snapshot (the live preview records none).
 */
import type { PortalHtmlOptionsInput } from '../../../shared/export/portal-html-options';
import { loadPortalOptions } from './portal-options';
import { api, isElectron } from '../api/client';
import { escapeHtmlText } from '../../../shared/markup/escape';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportOutcome {
  /** The file name handed to the browser download, or the path Electron saved to; absent when cancelled. */
  savedAs?: string;
  /** What the export's check says is still missing (shared/check). */
  problems: string[];
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function savedOutcome(result: { savedTo: string | null; problems: string[] }): ExportOutcome {
  return result.savedTo === null ? { problems: result.problems } : { savedAs: result.savedTo, problems: result.problems };
}

export async function exportDocx(id: string): Promise<ExportOutcome> {
  if (isElectron) return savedOutcome(await api['export.saveDocx']({ id }));
  // export.docx keeps the revision itself.
  const result = await api['export.docx']({ id });
  download(result.fileName, new Blob([base64Bytes(result.dataBase64)], { type: DOCX_MIME }));
  return { savedAs: result.fileName, problems: result.problems };
}

/** "Xuất HTML": the portal fragment saved as a standalone UTF-8 page. */
export async function exportHtmlFile(id: string): Promise<ExportOutcome> {
  if (isElectron) return savedOutcome(await api['export.saveHtml']({ id }));
  // The same standalone page Electron saves and `thuky export --format html` writes.
  const { fileName, html } = await api['export.htmlPage']({ id });
  download(fileName, new Blob([html], { type: 'text/html;charset=utf-8' }));
  await api['revisions.snapshot']({ id });
  return { savedAs: fileName, problems: [] };
}

/** What a portal copy puts on the clipboard: everything, the title alone (for the CMS title field), or the body without it. */
export type PortalPart = 'all' | 'title' | 'body';

async function writeClipboard(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

/** "Sao chép cho cổng thông tin": clean HTML plus its faithful text/plain twin on the clipboard. */
export async function copyForPortal(id: string, options: PortalHtmlOptionsInput = loadPortalOptions(), part: PortalPart = 'all'): Promise<void> {
  if (part === 'title') {
    const { title } = await api['documents.get']({ id });
    await writeClipboard(escapeHtmlText(title), title);
    return;
  }
  const { html, text } = await api['export.portalHtml']({ id, options: part === 'body' ? { ...options, title: 'omit' } : options });
  await writeClipboard(html, text);
  // Only after the clipboard took it: a refused copy exported nothing.
  await api['revisions.snapshot']({ id });
}
