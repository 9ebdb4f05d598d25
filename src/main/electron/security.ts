/**
 * Window hardening for every web contents: no navigation away from the app, no new windows, no
 * webviews, no permission grants, no network requests, the CSP on every response; a link to the
 * web opens in the system browser only after the user agreed to its host (mailto at once).
 */
import { app, dialog, session, shell, type WebContents } from 'electron';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { ExternalLinks, isAllowedRequestUrl, isAppUrl } from './url-policy';

/** Asks before a link opens a new web host in the browser. */
async function confirmExternal(url: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: 'Thư ký: mở liên kết ngoài',
    message: `Mở trang này trong trình duyệt?\n${url}`,
    detail: 'Thư ký không tự truy cập mạng; trang sẽ mở trong trình duyệt của máy. Các liên kết khác tới cùng trang sẽ mở không hỏi lại.',
    buttons: ['Mở trong trình duyệt', 'Không mở'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

export async function openExternalLink(url: string, links: ExternalLinks, confirm: (url: string) => Promise<boolean> = confirmExternal): Promise<boolean> {
  const decision = links.decide(url);
  if (decision === 'refuse') return false;
  if (decision === 'ask') {
    if (!(await confirm(url))) return false;
    links.allow(url);
  }
  await shell.openExternal(url);
  return true;
}

export function hardenSessions(devServerUrl: string | undefined, links = new ExternalLinks(), confirm: (url: string) => Promise<boolean> = confirmExternal): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalLink(url, links, confirm);
      return { action: 'deny' };
    });
  });
}
