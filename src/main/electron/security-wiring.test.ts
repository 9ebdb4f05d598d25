/**
 * The Electron checklist proved installed without an Electron binary: a fake `electron` module
 * records every handler main registers, and each one is then called as Electron would call it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS } from '../../shared/ipc/channels';
import { RENDERER_CSP } from '../../shared/ipc/csp';

type Handler = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const record = () => new Map<string, (...args: never[]) => unknown>();
  return {
    session: record(),
    app: record(),
    ipc: new Map<string, Set<(...args: never[]) => unknown>>(),
    opened: [] as string[],
    protocolHandler: null as null | ((request: { url: string }) => Response),
  };
});

vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => fake.session.set('permissionRequest', handler),
      setPermissionCheckHandler: (handler: Handler) => fake.session.set('permissionCheck', handler),
      webRequest: {
        onBeforeRequest: (handler: Handler) => fake.session.set('beforeRequest', handler),
        onHeadersReceived: (handler: Handler) => fake.session.set('headersReceived', handler),
      },
    },
  },
  app: { on: (name: string, handler: Handler) => fake.app.set(name, handler) },
  shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  dialog: { showMessageBox: async () => ({ response: 1 }) },
  protocol: { handle: (_scheme: string, handler: (request: { url: string }) => Response) => (fake.protocolHandler = handler), registerSchemesAsPrivileged: () => {} },
  ipcMain: {
    handle: () => {},
    on: (channel: string, listener: Handler) => (fake.ipc.get(channel) ?? fake.ipc.set(channel, new Set()).get(channel)!).add(listener),
    removeListener: (channel: string, listener: Handler) => fake.ipc.get(channel)?.delete(listener),
  },
}));

const { hardenSessions } = await import('./security');
const { serveRenderer } = await import('./app-protocol');
const { onFlushed } = await import('./ipc-bridge');
const { mainWindowOptions } = await import('./window-options');
const { ExternalLinks } = await import('./url-policy');

/** A web contents that records its listeners, as app 'web-contents-created' hands it over. */
function fakeContents() {
  const listeners = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, listener: Handler) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
    emit(name: string, url?: string): boolean {
      let prevented = false;
      (listeners.get(name) as (event: { preventDefault(): void }, url?: string) => void)({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

const asked: string[] = [];
let answer = false;

beforeEach(() => {
  fake.session.clear();
  fake.app.clear();
  fake.opened.length = 0;
  asked.length = 0;
  hardenSessions(undefined, new ExternalLinks(), async (url) => {
    asked.push(url);
    return answer;
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Electron security wiring', () => {
  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    (fake.session.get('permissionRequest') as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect((fake.session.get('permissionCheck') as (c: unknown, p: string) => boolean)({}, 'clipboard-read')).toBe(false);
  });

  it('cancels every request that is not the app itself', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (fake.session.get('beforeRequest') as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (result) => (cancel = result.cancel));
      return cancel;
    };
    expect(decide('app://thuky/assets/index.js')).toBe(false);
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('sets the CSP header on every response', () => {
    let headers: Record<string, string[]> | undefined;
    (fake.session.get('headersReceived') as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'content-type': ['text/html'] } },
      (result) => (headers = result.responseHeaders),
    );
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP] });
  });

  it('prevents navigation and redirects away from the app, and every webview', () => {
    const contents = fakeContents();
    (fake.app.get('web-contents-created') as (e: unknown, c: unknown) => void)({}, contents);
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-navigate', 'app://thuky/index.html')).toBe(false);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:5173/')).toBe(true);
    expect(contents.emit('will-redirect', 'app://evil/index.html')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window; a web link opens in the browser only once the user agreed to its host', async () => {
    const contents = fakeContents();
    (fake.app.get('web-contents-created') as (e: unknown, c: unknown) => void)({}, contents);
    answer = false;
    expect(contents.open('https://mttqhanoi.org.vn/tin-tuc')).toEqual({ action: 'deny' });
    await settle();
    expect(asked).toEqual(['https://mttqhanoi.org.vn/tin-tuc']);
    expect(fake.opened).toEqual([]);
    answer = true;
    contents.open('https://mttqhanoi.org.vn/tin-tuc');
    await settle();
    contents.open('https://mttqhanoi.org.vn/khac'); // same host: no second question
    contents.open('mailto:vanthu@example.vn');
    contents.open('http://example.vn/');
    contents.open('file:///C:/Windows/system32/calc.exe');
    await settle();
    expect(asked).toHaveLength(2);
    expect(fake.opened).toEqual(['https://mttqhanoi.org.vn/tin-tuc', 'https://mttqhanoi.org.vn/khac', 'mailto:vanthu@example.vn']);
  });

  it('creates the window sandboxed, isolated, without Node and with web security', () => {
    expect(mainWindowOptions('/p/index.cjs').webPreferences).toMatchObject({
      preload: '/p/index.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false,
    });
  });
});

describe('app:// protocol', () => {
  it('serves only host "thuky" and no symlink leaving the bundle', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-app-'));
    try {
      const bundle = path.join(dir, 'renderer');
      fs.mkdirSync(bundle);
      fs.writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>Thư ký</title>');
      fs.writeFileSync(path.join(dir, 'secret.txt'), 'bí mật');
      fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(bundle, 'link.txt'));
      serveRenderer(bundle);
      const get = (url: string) => fake.protocolHandler!({ url });
      const page = get('app://thuky/index.html');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
      expect(await page.text()).toContain('Thư ký');
      expect(get('app://evil/index.html').status).toBe(404);
      expect(get('app://thuky/link.txt').status).toBe(404);
      expect(get('app://thuky/../secret.txt').status).toBe(404);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the flushed channel', () => {
  function event(sender: object, url: string, mainFrame = true) {
    const frame = { url };
    return { sender: Object.assign(sender, { mainFrame: frame }), senderFrame: mainFrame ? frame : { url } };
  }
  const emit = (payload: object) => [...(fake.ipc.get(EVENT_CHANNELS.flushed) ?? [])].forEach((listener) => (listener as (e: object) => void)(payload));

  it('is answered only by our window’s own page', () => {
    const window = { webContents: {} };
    let done = 0;
    onFlushed(window, undefined, () => done++);
    emit(event({}, 'app://thuky/index.html')); // another web contents
    emit(event(window.webContents, 'https://evil.example/')); // our window, a foreign page
    emit(event(window.webContents, 'app://thuky/index.html', false)); // a subframe
    expect(done).toBe(0);
    emit(event(window.webContents, 'app://thuky/index.html'));
    emit(event(window.webContents, 'app://thuky/index.html'));
    expect(done).toBe(1);
    expect(fake.ipc.get(EVENT_CHANNELS.flushed)?.size).toBe(0);
  });
});
