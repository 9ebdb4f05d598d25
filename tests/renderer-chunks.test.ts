/**
 * The built renderer is split by route group (src/renderer/src/app/parts.ts): the entry carries the
 * shell and the document list, and the editor, the event workspace, pdf.js and the dialogs are chunks
 * fetched when opened. Both doors serve them: every file the page can ask for is named by a relative
 * URL (Electron's app://thuky/ and the harness's http://127.0.0.1:port/ alike) and resolves to a file
 * of the bundle through resolveRendererFile, which app:// and the harness both use.
 * Needs the built renderer (`npx electron-vite build`; `npm test` builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../src/main/bundle/renderer-files';
import { BUILT_RENDERER_DIR } from './support/app-in-browser';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? BUILT_RENDERER_DIR;
const reason = fs.existsSync(path.join(rendererDir, 'index.html')) ? '' : `${rendererDir}/index.html is missing: run "npx electron-vite build"`;
if (reason) console.log(`[renderer-chunks] skipped: ${reason}`);

// Written for the bundler's output minified or not: `import { a } from "./x.js";` or `;import{a}from"./x.js"`,
// and import("./x.js") or import(`./x.js`) (not a computed import(`${url}`)).
const STATIC_IMPORT = /(?:^|[;\n])\s*import\s*(?:[^;"'`()]*?from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

const read = (file: string) => fs.readFileSync(path.join(rendererDir, file), 'utf8');

/** Static imports only: what runs before the entry's first line. */
function staticImportsOf(file: string): string[] {
  return [...read(file).matchAll(STATIC_IMPORT)].map((match) => match[1]!);
}

/** The URLs a file names: index.html's script and link tags, a chunk's imports and its preload list. */
function referencesIn(file: string): string[] {
  const text = read(file);
  if (file.endsWith('.html')) return [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  const imports = [...staticImportsOf(file), ...[...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!)];
  const preloads = [...text.matchAll(/__vite__mapDeps=[^[]*\[([^\]]*)\]/g)].flatMap((match) => [...match[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)].map((dep) => dep[1]!));
  // pdf.js's own import() of a computed URL is not a file of the bundle.
  return [...imports, ...preloads].filter((url) => /^[\w./-]+\.(m?js|css)$/.test(url));
}

/** The bundle path a URL names when the page at `from` (a bundle path) asks for it in Electron. */
function bundlePathOf(url: string, from: string): string | null {
  const resolved = new URL(url, `app://thuky/${from}`);
  if (resolved.protocol !== 'app:' || resolved.host !== 'thuky') return null;
  const file = resolveRendererFile(rendererDir, resolved.pathname);
  return file ? path.relative(rendererDir, file).split(path.sep).join('/') : null;
}

describe.skipIf(reason !== '')('the built renderer in chunks', () => {
  it('names every file relatively, and each one is in the bundle for both doors', () => {
    const seen = new Set<string>();
    const queue = ['index.html'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!/\.(html|js)$/.test(file)) continue;
      for (const url of referencesIn(file)) {
        expect(url, `${file} names ${url}`).toMatch(/^\.\.?\//);
        // mapDeps entries are relative to the importing chunk too (vite's preload helper resolves them with import.meta.url).
        const target = bundlePathOf(url, file);
        expect(target, `${file} names ${url}, which is not a file of the bundle`).not.toBeNull();
        queue.push(target!);
      }
    }
    const chunks = [...seen].filter((file) => file.endsWith('.js'));
    expect(chunks.some((file) => /\/DocumentPage-[^/]+\.js$/.test(file))).toBe(true);
    expect(chunks.some((file) => /\/pdf-pages-[^/]+\.js$/.test(file))).toBe(true);
  });

  it('opens on the shell and the document list: the editor, the events, pdf.js and the dialogs are not in its static imports', () => {
    const entry = bundlePathOf(referencesIn('index.html').find((url) => url.endsWith('.js'))!, 'index.html')!;
    const startup = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (startup.has(file)) continue;
      startup.add(file);
      for (const url of staticImportsOf(file)) queue.push(bundlePathOf(url, file)!);
    }
    const names = [...startup].map((file) => path.basename(file).replace(/-[\w-]{8}\.js$/, ''));
    expect(names).toContain('index');
    for (const part of ['DocumentPage', 'EventsPage', 'pdf-pages', 'SettingsDialog', 'TemplateGallery', 'FirstRunDialog']) expect(names).not.toContain(part);
    // The editor's and zod's code is nowhere in what the list screen runs.
    const startupText = [...startup].map(read).join('\n');
    expect(startupText).not.toMatch(/prosemirror|ZodError/);
    expect([...fs.readdirSync(path.join(rendererDir, 'assets'))].map((file) => read(`assets/${file}`)).join('\n')).toMatch(/prosemirror[\s\S]*ZodError|ZodError[\s\S]*prosemirror/);
  });
});
