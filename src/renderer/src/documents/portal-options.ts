/** The clerk's portal-copy choices (title in the body or not, date line, byline, caption form), kept between sessions. */
import { DEFAULT_PORTAL_HTML_OPTIONS, PortalHtmlOptions } from '../../../shared/export/portal-html-options';

const STORAGE_KEY = 'thuky.portalOptions';

export function loadPortalOptions(storage: Pick<Storage, 'getItem'> = localStorage): PortalHtmlOptions {
  try {
    const parsed = PortalHtmlOptions.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}'));
    return parsed.success ? parsed.data : DEFAULT_PORTAL_HTML_OPTIONS;
  } catch {
    return DEFAULT_PORTAL_HTML_OPTIONS;
  }
}

export function savePortalOptions(options: PortalHtmlOptions, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(options));
}
