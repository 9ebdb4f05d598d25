/**
 * The export buttons of the top bar. The export routes come from other work (export.docx,
 * export.portalHtml); a button is live only when its route is in the contract, so the UI builds and
 * runs either way. Results are read leniently, field by field.
 */
import { callRoute, hasRoute } from '../app/optional-routes';
import { fileNameFromTitle } from './file-name';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportOutcome {
  /** The file name handed to the browser / Electron download. */
  savedAs?: string;
  /** What the export says is still missing (ND30 preflight). */
  problems: string[];
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

function problemList(value: unknown): string[] {
  const found = field(value, 'problems');
  if (!Array.isArray(found)) return [];
  return found.map((item) => (typeof item === 'string' ? item : (stringField(item, 'message') ?? ''))).filter(Boolean);
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

export const EXPORTS_AVAILABLE = {
  docx: hasRoute('export.docx'),
  html: hasRoute('export.portalHtml'),
  portal: hasRoute('export.portalHtml'),
};

export async function exportDocx(id: string, title: string): Promise<ExportOutcome> {
  const result = await callRoute('export.docx', { id });
  const base64 = stringField(result, 'dataBase64');
  const name = stringField(result, 'fileName') ?? fileNameFromTitle(title, 'docx');
  if (base64) download(name, new Blob([base64Bytes(base64)], { type: DOCX_MIME }));
  return { savedAs: base64 ? name : stringField(result, 'path'), problems: problemList(result) };
}

/** "Xuất HTML": the portal fragment saved as a standalone UTF-8 page. */
export async function exportHtmlFile(id: string, title: string): Promise<ExportOutcome> {
  const result = await callRoute('export.portalHtml', { id });
  const html = stringField(result, 'html') ?? '';
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${escapedTitle}</title>\n</head>\n<body>\n${html}\n</body>\n</html>\n`;
  const name = fileNameFromTitle(title, 'html');
  download(name, new Blob([page], { type: 'text/html;charset=utf-8' }));
  return { savedAs: name, problems: problemList(result) };
}

/** "Sao chép cho cổng thông tin": rich HTML plus the route's plain-text flavour on the clipboard. */
export async function copyForPortal(id: string): Promise<void> {
  const result = await callRoute('export.portalHtml', { id });
  const html = stringField(result, 'html') ?? '';
  const text = stringField(result, 'text') ?? new DOMParser().parseFromString(html, 'text/html').body.innerText;
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
