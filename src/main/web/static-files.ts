/** Serves the built renderer (out/renderer) with the token placed in index.html and the CSP header. */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { RENDERER_CSP } from '../../shared/ipc/csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

export function serveStatic(rendererDir: string, urlPath: string, token: string, res: ServerResponse): void {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(rendererDir, relative);
  // Path traversal guard: only files inside the renderer folder.
  const inside = file === rendererDir || file.startsWith(rendererDir + path.sep);
  const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(rendererDir, 'index.html');
  if (!fs.existsSync(target)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có bản dựng giao diện: hãy chạy "npm run build" (out/renderer).');
    return;
  }
  const extension = path.extname(target);
  let body: Buffer | string = fs.readFileSync(target);
  if (extension === '.html') {
    body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="thuky-token" content="${token}" />`);
  }
  res.writeHead(200, { 'content-type': MIME[extension] ?? 'application/octet-stream', ...securityHeaders() });
  res.end(body);
}
