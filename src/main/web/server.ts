/**
 * The web harness: the built renderer plus the same route table over HTTP, on loopback only,
 * guarded by a random per-run token (and Host/Origin checks against DNS rebinding), so the full app
 * runs and is tested in Chromium where Electron cannot run.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../ipc/dispatch';
import { toAppError } from '../ipc/to-app-error';
import type { Services } from '../services/services';
import { assertLoopbackHost } from './loopback';
import { securityHeaders, serveStatic } from './static-files';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HarnessOptions {
  services: Services;
  rendererDir: string;
  host?: string;
  port?: number;
  version: string;
  /** Fixed token for tests; random otherwise. */
  token?: string;
  /** Where "Xuất tất cả" writes its folders (the page never names a path); default: "xuat" beside the database. */
  exportDir?: string;
}

export interface Harness {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const host = options.host ?? '127.0.0.1';
  assertLoopbackHost(host);
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  const exportDir = options.exportDir ?? path.join(path.dirname(options.services.dbPath), 'xuat');

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    // Reject requests addressed to another host name (DNS rebinding) or from another origin.
    if (req.headers.host !== new URL(origin).host || (req.headers.origin && req.headers.origin !== origin)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Từ chối: chỉ phục vụ trang của chính Thư ký trên máy này.');
      return;
    }
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'Phương thức không được phép' } });
      serveStatic(options.rendererDir, url, token, res);
      return;
    }
    const given = Buffer.from(String(req.headers['x-thuky-token'] ?? ''));
    if (req.method !== 'POST' || given.length !== tokenBytes.length || !crypto.timingSafeEqual(given, tokenBytes)) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Thiếu hoặc sai mã phiên làm việc' } });
    }
    const name = routeNameOf(url);
    if (name === null) {
      req.resume();
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Địa chỉ yêu cầu không hợp lệ (mã hóa ký tự "%" sai).', where: url.slice(0, 200) } });
    }
    readBody(req)
      .then(async (body) => {
        if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024 / 1024} MB); không có gì được ghi.` } });
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Dữ liệu gửi lên không phải JSON' } });
        }
        const result = await dispatch(name, input, { services: options.services, door: 'web', version: options.version, exportDir });
        const status = result.ok ? 200 : statusFor(result.error.code);
        sendJson(res, status, result);
      })
      .catch((error: Error) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: toAppError(error).toShape() });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${shownHost}:${address.port}`;
  return {
    url: origin + '/',
    token,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function statusFor(code: string): number {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    default:
      return 500;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders() });
  res.end(JSON.stringify(body));
}

/** The route name in /api/NAME, or null when its percent-encoding is malformed. */
function routeNameOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/**
 * The body as text, or null when it is larger than MAX_BODY_BYTES. An oversized body is read to its
 * end and dropped (not kept), so the client receives the 413 instead of a reset connection.
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
