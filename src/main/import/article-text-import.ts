/**
 * Plain text copied from a news portal (docs/nd30-rules.md §14): title, the portal's date-time line
 * (`31/01/2024 - 04:20 PM`), paragraphs one per line, the byline on the last line, then — after a
 * blank line — the portal's own navigation ("Các tin tức khác", "danh mục tin tức", other headlines).
 *
 * Decision on that navigation: it is dropped. It is not part of the article (a re-export would
 * publish other articles' headlines under this one), and it only ever follows a blank line after
 * the byline. Ordinary text without such a marker line is imported unchanged. The date-time line
 * and the byline go to portal.publishedAt and portal.author, from which the HTML export writes
 * them back in the same place, so the article reads exactly as it did.
 */
import { paragraph, type BodyNode } from '../../shared/document/body';
import { EMPTY_PORTAL, type PortalInfo } from '../../shared/document/portal';
import { parsePortalDateTime } from '../../shared/export/portal-html-options';
import { toNfc } from '../../shared/text/nfc';
import { parsePlainText, type TextImport } from './text-import';

/** First lines of the related-news blocks portals append to an article. */
const PORTAL_NAVIGATION = [/^các tin (tức )?khác$/iu, /^tin (tức )?khác$/iu, /^tin liên quan$/iu, /^bài viết liên quan$/iu, /^tin cùng chuyên mục$/iu, /^danh mục tin tức$/iu, /^xem thêm$/iu];

const MAX_BYLINE_CHARS = 100;

export interface ArticleTextImport extends TextImport {
  portal: PortalInfo;
  /** How many lines of portal navigation were left out (0 when none). */
  droppedLines: number;
}

/** Cuts the text at the first navigation marker line that follows a blank line. */
export function cutPortalNavigation(text: string): { text: string; droppedLines: number } {
  const lines = toNfc(text).replace(/\r\n?/g, '\n').split('\n');
  for (let index = 1; index < lines.length; index += 1) {
    const line = (lines[index] as string).trim();
    if ((lines[index - 1] as string).trim() === '' && PORTAL_NAVIGATION.some((pattern) => pattern.test(line))) {
      return { text: lines.slice(0, index).join('\n'), droppedLines: lines.slice(index).filter((rest) => rest.trim()).length };
    }
  }
  return { text, droppedLines: 0 };
}

function plainText(node: BodyNode | undefined): string {
  return (node?.content ?? []).map((part) => part.text ?? '').join('').trim();
}

function isByline(text: string): boolean {
  return text.length > 0 && text.length <= MAX_BYLINE_CHARS && !/[.!?:;…,]$/u.test(text) && text.split(/\s+/).length <= 15;
}

export function parseArticleText(raw: string, fileLabel: string): ArticleTextImport {
  const { text, droppedLines } = cutPortalNavigation(raw.replace(/^\uFEFF/, ''));
  const { title, body } = parsePlainText(text, fileLabel);
  const portal: PortalInfo = { ...EMPTY_PORTAL };
  const content = [...body.content];
  const publishedAt = parsePortalDateTime(plainText(content[0]));
  if (publishedAt) {
    portal.publishedAt = publishedAt;
    content.shift();
    // Only an article with the portal's date line is taken to end with a byline.
    const last = plainText(content[content.length - 1]);
    if (content.length > 1 && isByline(last)) {
      portal.author = last;
      content.pop();
    }
  }
  return { title, body: { type: 'doc', content: content.length ? content : [paragraph('')] }, portal, droppedLines };
}
