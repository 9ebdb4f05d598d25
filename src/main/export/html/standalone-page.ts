/**
 * A complete HTML5 page around the portal fragment: lang="vi", UTF-8 and a few lines of CSS that
 * read like a portal article. The fragment inside is already gated; the frame around it is fixed
 * text with only the escaped title in it.
 */
import type { PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import { stripVietnameseMarks } from '../../../shared/text/vietnamese-fold';
import { escapeHtmlText } from '../../../shared/markup/escape';
import type { ResolveImage } from './portal-images';
import { toPortalHtml, type PortalDocument } from './to-portal-html';

const PAGE_CSS = `
body { margin: 0; background: #f4f4f4; color: #222; font: 16px/1.6 Arial, "Liberation Sans", Helvetica, sans-serif; }
article { max-width: 760px; margin: 24px auto; padding: 24px 32px; background: #fff; }
h1 { font-size: 26px; line-height: 1.3; color: #a50f14; margin: 0 0 8px; }
h2, h3, h4 { line-height: 1.35; }
p { margin: 0 0 12px; text-align: justify; }
figure { margin: 16px 0; text-align: center; }
img { max-width: 100%; height: auto; }
figcaption { font-style: italic; font-size: 14px; color: #555; margin-top: 6px; }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
blockquote { margin: 12px 24px; font-style: italic; }
`.trim();

/** The browser-tab title, cut at a word to 70 characters (html-validate long-title); the <h1> keeps it whole. */
export function tabTitle(title: string, maxChars = 70): string {
  if (title.length <= maxChars) return title;
  const cut = title.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export interface StandalonePageOptions {
  /** Folder of the image files relative to the page, with a trailing slash ("bao-cao_files/"). */
  imageFolder: string;
}

export function toStandalonePage(document: PortalDocument, options: PortalHtmlOptions, resolveImage: ResolveImage, page: StandalonePageOptions): string {
  const fragment = toPortalHtml(document, options, resolveImage, { imageFolder: page.imageFolder });
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlText(tabTitle(document.title))}</title>`,
    `<style>\n${PAGE_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<article>',
    fragment,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** "Báo cáo 2024.html" → "Bao-cao-2024_files/": ASCII, so the src needs no escaping on any portal. */
export function imageFolderFor(pageFileName: string): string {
  const stem = pageFileName.replace(/\.[^.]*$/, '');
  const ascii = stripVietnameseMarks(stem)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${ascii || 'trang'}_files/`;
}
