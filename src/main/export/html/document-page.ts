/**
 * "Xuất HTML" from the app: the standalone portal page of one stored document, pictures embedded so
 * the page is one file. The same page whichever door saves it (Electron's dialog or a browser download).
 */
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../../../shared/export/portal-html-options';
import { fileNameFromTitle } from '../../../shared/text/file-name';
import type { Services } from '../../services/services';
import { portalDocumentFor } from '../attendees/portal-extras';
import { storeImageResolver } from './portal-export';
import { imageFolderFor, toStandalonePage } from './standalone-page';

export function documentPage(services: Services, id: string): { fileName: string; html: string } {
  const document = services.documents.get(id);
  const fileName = fileNameFromTitle(document.title, 'html');
  const options = DEFAULT_PORTAL_HTML_OPTIONS;
  const resolveImage = storeImageResolver(services.images, options.maxImageSidePx);
  const html = toStandalonePage(portalDocumentFor(services, document), options, resolveImage, { imageFolder: imageFolderFor(fileName) });
  return { fileName, html };
}
