import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, IPC_CHANNEL_PREFIX } from '../shared/ipc/channels';
import { ROUTE_NAMES } from '../shared/ipc/route-names';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ channel, input }));
const send = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    send,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  },
}));

interface Events {
  onMenu(callback: (action: string) => void): () => void;
  onFlushRequest(callback: () => Promise<void>): () => void;
}

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
}

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    listeners.clear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes one function per route, each invoking its own prefixed channel', async () => {
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...ROUTE_NAMES].sort());
    await expect(api['documents.get']?.({ id: 'x' })).resolves.toEqual({ channel: `${IPC_CHANNEL_PREFIX}documents.get`, input: { id: 'x' } });
  });

  it('menu events stop reaching a handler once it unsubscribes (no double handlers under StrictMode)', () => {
    const events = exposed.get('thukyEvents') as Events;
    const seen: string[] = [];
    const first = events.onMenu((action) => seen.push(`a:${action}`));
    first();
    events.onMenu((action) => seen.push(`b:${action}`));
    emit(EVENT_CHANNELS.menu, 'save');
    expect(seen).toEqual(['b:save']);
  });

  it('answers a flush request once the callback is done, and not after unsubscribing', async () => {
    const events = exposed.get('thukyEvents') as Events;
    const unsubscribe = events.onFlushRequest(async () => undefined);
    emit(EVENT_CHANNELS.flush);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(EVENT_CHANNELS.flushed));
    send.mockClear();
    unsubscribe();
    emit(EVENT_CHANNELS.flush);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(send).not.toHaveBeenCalled();
  });
});
