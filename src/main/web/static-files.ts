/** Serves the built renderer (out/renderer) with the token placed in index.html and the CSP header. */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { mimeTypeOf, resolveRendererFile } from '../bundle/renderer-files';
import { RENDERER_CSP } from '../../shared/ipc/csp';

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
  // Unknown paths get index.html (the app routes inside the page); never a file outside the bundle.
  const target = resolveRendererFile(rendererDir, urlPath) ?? path.join(rendererDir, 'index.html');
  if (!fs.existsSync(target)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có bản dựng giao diện: hãy chạy "npm run build" (out/renderer).');
    return;
  }
  let body: Buffer | string = fs.readFileSync(target);
  if (target.endsWith('.html')) {
    body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="thuky-token" content="${token}" />`);
  }
  res.writeHead(200, { 'content-type': mimeTypeOf(target), ...securityHeaders() });
  res.end(body);
}
