/**
 * The preload: window.api with one function per route (never a raw ipcRenderer), and
 * window.thukyEvents for menu actions and the flush-before-quit request. It imports plain lists
 * only (no zod, no contract): main parses every input anyway.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, IPC_CHANNEL_PREFIX } from '../shared/ipc/channels';
import { ROUTE_NAMES } from '../shared/ipc/route-names';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of ROUTE_NAMES) api[name] = (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL_PREFIX + name, input);

/** Listens on a channel; the returned function stops listening (React effects clean up with it). */
function subscribe(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): () => void {
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('thukyEvents', {
  onMenu(callback: (action: string) => void): () => void {
    return subscribe(EVENT_CHANNELS.menu, (_event, action) => callback(String(action)));
  },
  onFlushRequest(callback: () => Promise<void>): () => void {
    return subscribe(EVENT_CHANNELS.flush, () => {
      callback().finally(() => ipcRenderer.send(EVENT_CHANNELS.flushed));
    });
  },
});
