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

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The dev server's URL, trusted as an app origin only while developing: an unpackaged app started
 * by `electron-vite dev` (which sets NODE_ENV_ELECTRON_VITE=development), and only on loopback. An
 * ELECTRON_RENDERER_URL in the environment of an unpackaged copy run otherwise is ignored.
 */
export function trustedDevServerUrl(isPackaged: boolean, env: Record<string, string | undefined>): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || env.NODE_ENV_ELECTRON_VITE !== 'development' || !url) return undefined;
  try {
    const parsed = new URL(url);
    if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !LOOPBACK_HOSTS.has(parsed.hostname)) return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/**
 * Links leaving the app: https and mailto only, and a web host only once the user has agreed to
 * open it (asked the first time a document's link points there; remembered while the app runs).
 */
export class ExternalLinks {
  private readonly hosts = new Set<string>();

  /** 'open' at once, 'ask' the user first, or 'refuse' (not https/mailto, or credentials in it). */
  decide(url: string): 'open' | 'ask' | 'refuse' {
    if (!isAllowedExternalUrl(url)) return 'refuse';
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return 'open';
    return this.hosts.has(parsed.host) ? 'open' : 'ask';
  }

  /** The user agreed: links to this host open without asking from now on. */
  allow(url: string): void {
    this.hosts.add(new URL(url).host);
  }
}
