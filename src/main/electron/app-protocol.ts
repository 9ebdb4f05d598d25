/** app://thuky/ serves the built renderer from disk, so the page has a real origin for its CSP. */
import fs from 'node:fs';
import { protocol } from 'electron';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { mimeTypeOf, resolveRendererFile } from '../bundle/renderer-files';
import { APP_SCHEME } from './url-policy';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** The answer to one app:// request: only host "thuky", only files inside the bundle (no symlink out). */
export function appProtocolResponse(rendererDir: string, requestUrl: string): Response {
  const url = new URL(requestUrl);
  if (url.host !== 'thuky') return new Response('Không tìm thấy', { status: 404 });
  const file = resolveRendererFile(rendererDir, url.pathname);
  if (!file) return new Response('Không tìm thấy', { status: 404 });
  return new Response(fs.readFileSync(file), {
    headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': RENDERER_CSP },
  });
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request.url));
}
