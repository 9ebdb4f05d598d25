/**
 * The preload: window.api with one function per route of the contract (never a raw ipcRenderer),
 * and window.thukyEvents for menu actions and the flush-before-quit request.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ROUTE_NAMES } from '../shared/ipc/contract';
import { IPC_CHANNEL_PREFIX } from '../shared/ipc/route';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of ROUTE_NAMES) api[name] = (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL_PREFIX + name, input);

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('thukyEvents', {
  onMenu(callback: (action: string) => void) {
    ipcRenderer.on('thuky-event:menu', (_event, action: string) => callback(String(action)));
  },
  onFlushRequest(callback: () => Promise<void>) {
    ipcRenderer.on('thuky-event:flush', () => {
      callback().finally(() => ipcRenderer.send('thuky-event:flushed'));
    });
  },
});
