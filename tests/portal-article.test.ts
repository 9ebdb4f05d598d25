/**
 * The conference article from the portal (tests/fixtures, a copy of shared/fixtures), imported as text and exported as
 * portal HTML, reads exactly like the original: same title, date-time line, paragraphs, caption
 * line and byline, in the same order, and nothing of the portal's navigation after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../src/main/import/document-import';
import { PortalHtmlOptions } from '../src/shared/export/portal-html-options';
import { runThuky, seedCliStore } from './support/cli-runner';
import { makeServices } from './support/services';
import { makeTempDir } from './support/temp-dir';

const FIXTURE = path.resolve(__dirname, 'fixtures/thanh-xuan-2024-conference-article.txt');
const original = fs.readFileSync(FIXTURE, 'utf8').replace(/\r\n?/g, '\n').split('\n');
/** The article as a reader sees it: lines 1–10 of the file without the blank line. */
const ARTICLE_LINES = original.slice(0, 10).map((line) => line.trim()).filter(Boolean);

/** The text of each block element of the HTML, in order: what a reader sees, line by line. */
function readBlocks(html: string): string[] {
  const dom = parseDocument(html);
  return DomUtils.findAll((element) => ['h1', 'h2', 'h3', 'h4', 'p', 'figcaption', 'li', 'td', 'th'].includes(element.name), dom.children).map((element) =>
    DomUtils.textContent(element).trim(),
  );
}

const tmp = makeTempDir('thuky-article-');
afterAll(() => tmp.cleanup());

describe('the Thanh Xuân conference article, text in, portal HTML out', () => {
  it('has the shape the test relies on (title, date line, 6 paragraphs with the caption, byline, navigation)', () => {
    expect(ARTICLE_LINES).toHaveLength(9);
    expect(ARTICLE_LINES[1]).toBe('31/01/2024 - 04:20 PM');
    expect(original[11]?.trim()).toBe('Các tin tức khác');
  });

  it('reads exactly like the original after import → store → export', () => {
    const { services, cleanup } = makeServices();
    try {
      const imported = readImportFile(FIXTURE);
      expect(imported.portal).toEqual({ author: 'Uỷ ban MTTQ quận Thanh Xuân', publishedAt: '2024-01-31T16:20' });
      const stored = services.documents.get(services.documents.importDocument(imported).id);
      const { html, text } = services.exports.portal(stored.id, PortalHtmlOptions.parse({}));
      expect(readBlocks(html)).toEqual(ARTICLE_LINES);
      expect(html.split('\n')[1]).toBe('<p><em>31/01/2024 - 04:20 PM</em></p>');
      expect(html.split('\n').at(-1)).toBe('<p style="text-align:right"><strong>Uỷ ban MTTQ quận Thanh Xuân</strong></p>');
      // text/plain: the same lines, one blank line between paragraphs.
      expect(text).toBe(ARTICLE_LINES.join('\n\n') + '\n');
      // The portal's navigation ("Các tin tức khác", other headlines) is not part of the article.
      expect(html).not.toContain('Các tin tức khác');
      expect(html).not.toContain('Hàng Việt Nam được người tiêu dùng yêu thích');
    } finally {
      cleanup();
    }
  });

  it('gives the body alone for a CMS that takes title, date and author in fields of their own', () => {
    const { services, cleanup } = makeServices();
    try {
      const stored = services.documents.get(services.documents.importDocument(readImportFile(FIXTURE)).id);
      const { html } = services.exports.portal(stored.id, PortalHtmlOptions.parse({ title: 'omit', dateLine: false, byline: false }));
      expect(readBlocks(html)).toEqual(ARTICLE_LINES.slice(2, -1));
    } finally {
      cleanup();
    }
  });

  it('through the CLI: thuky import, then thuky export --format html writes a page that passes html-validate', async () => {
    const db = path.join(tmp.dir, 'cli.db');
    seedCliStore(db);
    // --keep-tones: the article word for word (an import otherwise writes the profile's kiểu bỏ dấu).
    const imported = runThuky(['import', FIXTURE, '--db', db, '--json', '--keep-tones']);
    expect(imported.stderr).toBe('');
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const page = path.join(tmp.dir, 'tin-bai.html');
    const exported = runThuky(['export', id, '--format', 'html', '--out', page, '--db', db]);
    expect(exported.code, exported.stderr).toBe(0);
    const html = fs.readFileSync(page, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(readBlocks(html)).toEqual(ARTICLE_LINES);
    // The project's .htmlvalidate.json: the recommended rules, with inline style allowed for text-align only (the portal spec).
    const report = await new HtmlValidate(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../.htmlvalidate.json'), 'utf8'))).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    expect(report.valid).toBe(true);
    expect(html).toMatch(/<title>Uỷ ban MTTQ Việt Nam quận Thanh Xuân tổ chức hội nghị phát động thi…<\/title>/);
  });
});
