/** The one window's options: the renderer is sandboxed, isolated, without Node, with web security. */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The narrowest window the screens are laid out for (the sidebar, the centre and the open side panel); the browser suites check it. */
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 };

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Thư ký',
    backgroundColor: '#e8e6e1',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
