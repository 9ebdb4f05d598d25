import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServices } from '../../../tests/support/services';
import { startHarness, type Harness } from './server';

let env: ReturnType<typeof makeServices>;
let harness: Harness;

beforeAll(async () => {
  env = makeServices();
  const rendererDir = path.join(env.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Thư ký</title></head><body></body></html>');
  fs.writeFileSync(path.join(env.dir, 'secret.txt'), 'do not serve');
  harness = await startHarness({ services: env.services, rendererDir, version: 'test' });
});
afterAll(async () => {
  await harness.close();
  env.cleanup();
});

function post(route: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(`/api/${route}`, harness.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-thuky-token': harness.token, ...headers },
    body: JSON.stringify(body),
  });
}

/** Raw request with a chosen Host header (fetch does not allow setting it). */
function rawGet(pathname: string, host: string): Promise<number> {
  const url = new URL(harness.url);
  return new Promise((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: pathname, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('web harness', () => {
  it('listens on 127.0.0.1 only and refuses other bind addresses', async () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
    await expect(startHarness({ services: env.services, rendererDir: env.dir, version: 't', host: '0.0.0.0' })).rejects.toThrow(/chỉ được mở trên 127\.0\.0\.1/);
    await expect(startHarness({ services: env.services, rendererDir: env.dir, version: 't', host: '192.168.1.5' })).rejects.toThrow(/loopback/);
  });

  it('serves the page with the per-run token and a strict CSP', async () => {
    const response = await fetch(harness.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await response.text()).toContain(`<meta name="thuky-token" content="${harness.token}" />`);
    expect(harness.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers routes with the token and refuses them without it', async () => {
    const ok = await post('templates.list', {});
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean; data: unknown[] }).data).toHaveLength(6);
    const missing = await post('templates.list', {}, { 'x-thuky-token': '' });
    expect(missing.status).toBe(403);
    const wrong = await post('templates.list', {}, { 'x-thuky-token': 'f'.repeat(48) });
    expect(wrong.status).toBe(403);
  });

  it('maps invalid input to 400 with a Vietnamese message', async () => {
    const response = await post('documents.get', { id: 'abc' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/UUIDv7/);
    const notJson = await fetch(new URL('/api/documents.list', harness.url), { method: 'POST', headers: { 'x-thuky-token': harness.token }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('refuses another Host (DNS rebinding) and a foreign Origin', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(403);
    const foreign = await post('templates.list', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const response = await fetch(new URL('/..%2Fsecret.txt', harness.url));
    expect(await response.text()).not.toContain('do not serve');
  });

  it('answers a malformed route address with a Vietnamese 400, not an English "URI malformed"', async () => {
    const response = await post('%E0%A4%A', {});
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string; code: string } }).error.message).toBe('Địa chỉ yêu cầu không hợp lệ (mã hóa ký tự "%" sai).');
  });

  it('answers an oversized body with a 413 and a Vietnamese body instead of resetting the connection', async () => {
    const response = await fetch(new URL('/api/documents.list', harness.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-thuky-token': harness.token },
      body: Buffer.alloc(64 * 1024 * 1024 + 10, 0x20),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string; code: string } }).error.message).toBe('Dữ liệu gửi lên quá lớn (tối đa 64 MB); không có gì được ghi.');
  });

  it('says not found for deleting an unknown person, like an unknown document', async () => {
    const id = '01a21d2c-6df9-7608-9379-b19e4858e618';
    for (const route of ['people.delete', 'documents.delete']) {
      const response = await post(route, { id });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { message: string; code: string } }).error.code).toBe('not_found');
    }
  });
});
