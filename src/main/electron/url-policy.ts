/**
 * Which URLs the window may show and which links may leave the app. Pure, so it is tested without
 * Electron. The app itself is served from app://thuky/; nothing else is ever loaded in the window.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://thuky`;

/** The renderer's own pages (and the dev server while developing). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'thuky') return true;
    if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
    return false;
  } catch {
    return false;
  }
}

/** External links open in the system browser or mail client only for https and mailto. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return true;
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Requests the session lets through: the app's own files, devtools, inline data. No network at all. */
export function isAllowedRequestUrl(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  return /^(data|blob|devtools|chrome-extension):/.test(url) || (devServerUrl !== undefined && url.startsWith(devServerUrl.replace(/^http/, 'ws')));
}
