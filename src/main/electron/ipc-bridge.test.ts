import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeServices } from '../../../tests/support/services';
import { ROUTE_NAMES } from '../../shared/ipc/contract';
import { IPC_CHANNEL_PREFIX } from '../../shared/ipc/channels';
import type { RouteResult } from '../../shared/ipc/route';

const registered = new Map<string, (event: unknown, input: unknown) => Promise<RouteResult<unknown>>>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<RouteResult<unknown>>) => registered.set(channel, handler) },
}));

const { registerRoutes } = await import('./ipc-bridge');

let env: ReturnType<typeof makeServices>;
beforeAll(() => {
  env = makeServices();
  registerRoutes(() => ({ services: env.services, door: 'electron', version: 'test' }), undefined);
});
afterAll(() => env.cleanup());

function eventFrom(url: string, isMainFrame = true) {
  const mainFrame = { url };
  return { sender: { mainFrame }, senderFrame: isMainFrame ? mainFrame : { url } };
}

describe('Electron IPC bridge', () => {
  it('registers one prefixed channel per route', () => {
    expect([...registered.keys()].sort()).toEqual(ROUTE_NAMES.map((name) => `${IPC_CHANNEL_PREFIX}${name}`).sort());
  });

  it('answers the app main frame', async () => {
    const result = await registered.get('thuky:templates.list')!(eventFrom('app://thuky/index.html'), {});
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a remote page', eventFrom('https://evil.example/')],
    ['a file page', eventFrom('file:///tmp/x.html')],
    ['a subframe of the app', eventFrom('app://thuky/index.html', false)],
  ])('refuses %s', async (_label, event) => {
    const result = await registered.get('thuky:templates.list')!(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('parses input with zod in main', async () => {
    const result = await registered.get('thuky:documents.get')!(eventFrom('app://thuky/index.html'), { id: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
