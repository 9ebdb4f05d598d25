/**
 * Registers every route of the contract on ipcMain. Like VS Code's validatedIpcMain: a fixed channel
 * prefix, and the sender must be the main frame of our own window showing our own page.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { ROUTE_NAMES } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, IPC_CHANNEL_PREFIX } from '../../shared/ipc/channels';
import type { RouteResult } from '../../shared/ipc/route';
import { dispatch } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handlers';
import { isAppUrl } from './url-policy';

export function registerRoutes(ctx: () => HandlerContext, devServerUrl: string | undefined): void {
  for (const name of ROUTE_NAMES) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + name, async (event: IpcMainInvokeEvent, input: unknown): Promise<RouteResult<unknown>> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của Thư ký', where: name } };
      }
      return dispatch(name, input, ctx());
    });
  }
}

/** The sender is the main frame of a window showing our own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/**
 * Calls `done` once our window's page answers a flush request on EVENT_CHANNELS.flushed. A message
 * on that channel from anything else (another frame, another web contents) is ignored, so no page
 * can make the app quit before the draft is saved. Returns a function that stops listening.
 */
export function onFlushed(window: { webContents: unknown }, devServerUrl: string | undefined, done: () => void): () => void {
  const listener = (event: IpcMainEvent): void => {
    if (event.sender !== window.webContents || !isTrustedSender(event, devServerUrl)) return;
    stop();
    done();
  };
  const stop = (): void => {
    ipcMain.removeListener(EVENT_CHANNELS.flushed, listener);
  };
  ipcMain.on(EVENT_CHANNELS.flushed, listener);
  return stop;
}
