/** The two routes the renderer uses for the portal and for paste, through dispatch as every door calls them. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../src/main/ipc/dispatch';
import { readImportFile } from '../src/main/import/document-import';
import { BodyDoc } from '../src/shared/document/body';
import { makeServices } from './support/services';

const { services, cleanup } = makeServices();
afterAll(cleanup);
const ctx = { services, door: 'web' as const, version: 'test' };
const FIXTURE = path.resolve(__dirname, 'fixtures/thanh-xuan-2024-conference-article.txt');

describe("route 'export.portalHtml'", () => {
  const id = services.documents.importDocument(readImportFile(FIXTURE)).id;

  it('returns the gated HTML and its text/plain twin with default options', async () => {
    const result = await dispatch('export.portalHtml', { id }, ctx);
    expect(result.ok).toBe(true);
    const data = (result as { data: { html: string; text: string } }).data;
    expect(data.html.startsWith('<h1>Uỷ ban MTTQ Việt Nam quận Thanh Xuân')).toBe(true);
    expect(data.text.split('\n\n')).toHaveLength(9);
  });

  it('takes partial options (title left out for a CMS title field)', async () => {
    const result = await dispatch('export.portalHtml', { id, options: { title: 'omit', captions: 'table' } }, ctx);
    const data = (result as { data: { html: string; text: string } }).data;
    expect(data.html.startsWith('<p><em>31/01/2024 - 04:20 PM</em></p>')).toBe(true);
    expect(data.text.startsWith('31/01/2024 - 04:20 PM\n\n')).toBe(true);
  });

  it('refuses unknown options and missing documents with Vietnamese errors', async () => {
    const bad = await dispatch('export.portalHtml', { id, options: { images: 'remote' } }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await dispatch('export.portalHtml', { id: '01900000-0000-7000-8000-0000000000ff' }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe("route 'import.html' (paste)", () => {
  it('turns Word clipboard HTML into clean schema content', async () => {
    const html = fs.readFileSync(path.join(__dirname, 'fixtures/word-clipboard.html'), 'utf8');
    const result = await dispatch('import.html', { html }, ctx);
    expect(result.ok).toBe(true);
    const body = BodyDoc.parse((result as { data: { body: unknown } }).data.body);
    expect(body.content.map((node) => node.type)).toEqual(['heading', 'paragraph', 'orderedList', 'bulletList', 'table', 'paragraph', 'paragraph']);
    expect(JSON.stringify(body)).not.toMatch(/mso-|MsoNormal|class=|<script/);
  });

  it('stores a pasted embedded picture and refers to it by id', async () => {
    const png = fs.readFileSync(path.join(__dirname, 'fixtures/tiny.png'));
    const result = await dispatch('import.html', { html: `<p>a</p><img alt="x" src="data:image/png;base64,${png.toString('base64')}">` }, ctx);
    const body = (result as { data: { body: BodyDoc } }).data.body;
    const imageId = body.content[1]?.attrs?.imageId as string;
    expect(services.images.get(imageId).bytes.equals(png)).toBe(true);
  });
});
