/** app://thuky/ serves the built renderer from disk, so the page has a real origin for its CSP. */
import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { APP_SCHEME } from './url-policy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const { pathname } = new URL(request.url);
    const file = path.resolve(rendererDir, decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) return new Response('Không tìm thấy', { status: 404 });
    return new Response(fs.readFileSync(file), {
      headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': RENDERER_CSP },
    });
  });
}
