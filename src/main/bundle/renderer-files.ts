/** Files of the built renderer (out/renderer), as both doors serve them: Electron's app:// and the web harness. */
import fs from 'node:fs';
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The pdf.js worker of the print preview is an ES module file.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside the renderer folder, or null. Never a file outside it: "..",
 * encoded slashes and absolute paths all resolve outside and are refused, and so is a symbolic link
 * inside the folder that points out of it.
 */
export function resolveRendererFile(rendererDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, decoded.replace(/^\/+/, '') || 'index.html');
  if (!file.startsWith(root + path.sep)) return null;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  const realRoot = fs.realpathSync(root);
  return fs.realpathSync(file).startsWith(realRoot + path.sep) ? file : null;
}
