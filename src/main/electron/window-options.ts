/** The one window's options: the renderer is sandboxed, isolated, without Node, with web security. */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
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
