/**
 * Registers every route of the contract on ipcMain. Like VS Code's validatedIpcMain: a fixed channel
 * prefix, and the sender must be the main frame of our own window showing our own page.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ROUTE_NAMES } from '../../shared/ipc/contract';
import { IPC_CHANNEL_PREFIX } from '../../shared/ipc/channels';
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

function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, devServerUrl);
}
