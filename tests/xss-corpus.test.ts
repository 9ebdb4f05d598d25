/**
 * The XSS corpus (tests/fixtures/xss-vectors.ts) through the whole path a paste takes:
 * import (htmlToBody) → store and save (the real database) → export (toPortalHtml, two option sets) → the gate.
 * Nothing outside the allowlist may come out, the gate must be idempotent, and a real browser
 * (Chromium, a spec parser, so mutation tricks would show) must run no script from any output.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './support/chromium';
import { htmlToBody } from '../src/main/import/html-import';
import { storeImageResolver } from '../src/main/export/html/portal-export';
import { sanitizePortalHtml } from '../src/main/export/html/sanitize-allowlist';
import { toStandalonePage } from '../src/main/export/html/standalone-page';
import { DocumentImport } from '../src/shared/document/document';
import { EMPTY_FRAME } from '../src/shared/document/frame';
import { PortalHtmlOptions } from '../src/shared/export/portal-html-options';
import { XSS_VECTORS } from './fixtures/xss-vectors';
import { allowlistViolations } from './support/portal-allowlist-check';
import { makeServices } from './support/services';

const { services, cleanup } = makeServices();
afterAll(cleanup);

const OPTION_SETS = [
  PortalHtmlOptions.parse({}),
  PortalHtmlOptions.parse({ images: 'files', captions: 'table', title: 'omit' }),
];

function throughTheApp(vector: string): string[] {
  const { body } = htmlToBody(vector, { putImage: (mime, bytes) => services.images.put(mime, bytes) });
  const doc = services.documents.importDocument(
    DocumentImport.parse({ kind: 'article', title: 'Thử <script>alert(1)</script>', frame: EMPTY_FRAME, body, portal: { author: '<img src=x onerror=alert(1)>', publishedAt: null } }),
  );
  // The edit step: saved again as the editor would, then read back.
  services.documents.save(doc.id, { title: doc.title, frame: doc.frame, body: doc.body, portal: doc.portal });
  const stored = services.documents.get(doc.id);
  return OPTION_SETS.map((options) => services.exports.portal(stored.id, options).html);
}

describe('XSS corpus', () => {
  it('has at least 60 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(XSS_VECTORS.map((vector, index) => [index + 1, vector]))('#%i through the gate alone: %s', (_index, vector) => {
    const once = sanitizePortalHtml(vector);
    expect(allowlistViolations(once)).toEqual([]);
    expect(sanitizePortalHtml(once)).toBe(once);
  });

  it.each(XSS_VECTORS.map((vector, index) => [index + 1, vector]))('#%i import → store → export: %s', (_index, vector) => {
    for (const html of throughTheApp(vector)) {
      expect(allowlistViolations(html)).toEqual([]);
      expect(sanitizePortalHtml(html)).toBe(html);
      // Hostile text may remain as escaped, inert text; inside tags none of it may appear.
      const tags = (html.match(/<[^>]*>/g) ?? []).join('');
      expect(tags).not.toMatch(/<script|\son\w+=|javascript:|vbscript:|data:text|expression\(/i);
    }
  });
});

const hasChromium = chromiumSkipReason() === '';
/** Runs in the page (a string: this file is compiled without DOM types). */
const INSPECT = `(() => {
  const problems = [];
  for (const element of Array.from(document.querySelectorAll('article *'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(element.tagName + ' ' + attribute.name);
      if (/^\\s*(javascript|vbscript|data:text)/i.test(attribute.value)) problems.push(element.tagName + ' ' + attribute.name + '=' + attribute.value);
    }
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'TEMPLATE'].includes(element.tagName.toUpperCase())) problems.push(element.tagName);
  }
  return { problems, fired: window.__fired };
})()`;
const TRAP = 'window.__fired = 0; window.alert = window.confirm = window.prompt = function () { window.__fired += 1; };';

describe.skipIf(!hasChromium)('XSS corpus in a real browser', () => {
  it('runs no script and keeps no handler or script URL after Chromium parses every output', async () => {
    const outputs = XSS_VECTORS.flatMap((vector) => [sanitizePortalHtml(vector), ...throughTheApp(vector)]);
    const userDir = fs.mkdtempSync('/tmp/thuky-xss-chromium-');
    const context = await launchChromium(userDir);
    try {
      const page = await context.newPage();
      // Any request would be a fetch of a remote image or script: there must be none.
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const page_ = toStandalonePage({ title: 'XSS', body: { type: 'doc', content: [] }, portal: { author: '', publishedAt: null } }, PortalHtmlOptions.parse({}), storeImageResolver(services.images, 1600), { imageFolder: 'x_files/' });
      const inspect = async (html: string) => {
        // The trap is the test's own script, in the head before the output: a script in the output would call it.
        const withTrap = page_.replace('<head>', `<head>\n<script>${TRAP}</script>`).replace('<article>\n', `<article>\n${html}`);
        await page.setContent(withTrap, { waitUntil: 'load' });
        await page.waitForTimeout(5);
        return (await page.evaluate(INSPECT)) as { problems: string[]; fired: number };
      };
      // Control: the detector does see an unsanitised vector.
      const control = await inspect('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="alert(1)" onload="alert(2)"><script>alert(3)</script>');
      expect(control.fired).toBeGreaterThan(0);
      expect(control.problems.length).toBeGreaterThan(0);
      for (const html of outputs) {
        expect(await inspect(html), html).toEqual({ problems: [], fired: 0 });
      }
      expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    }
  });
});
