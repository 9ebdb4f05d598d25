/**
 * Opening the app (issue 16: startup pays only for what it uses), in Chromium through the web harness:
 * a store with 60 documents of every built-in template and no document left open, so the app
 * shows its document list. Per run, in a fresh tab: the JavaScript the page fetched until the list
 * was on screen (the entry and the chunks it needs; the editor, the attendee grid, the event
 * workspace, pdf.js and the dialogs come later, when opened), and the time from the start of
 * navigation (performance.timeOrigin) to the first document title in the list and the frame after it.
 * Then the app reopening on the report left open: navigation → the report's body painted.
 * Needs the built renderer (out/renderer) and /usr/bin/chromium. Run: npx tsx bench/startup.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openAppInBrowser } from '../tests/support/app-in-browser';
import { CHROMIUM_PATH } from '../tests/support/chromium';
import { loadLine, reportFigure } from './support/figures';

const rendererDir = process.env['THUKY_RENDERER_DIR'] ?? path.resolve(import.meta.dirname, '..', 'out', 'renderer');
const RUNS = 9;
const DOCUMENTS = 60;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The first document title in the list. */
const LIST_SHOWN = '.doc-items .doc-title';
/** The body of the document the app reopens (the editor's code fetched on demand). */
const BODY_SHOWN = '[data-testid="body-editor"] p';

// Runs in the page before its own scripts: notes when the selector first matches, then the end of that
// frame (a message posted from the next animation frame), and what JavaScript was fetched by then.
const watchFor = (selector: string) => `(() => {
  const done = () => {
    const shown = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const scripts = performance.getEntriesByType('resource').filter((entry) => /\\.m?js$/.test(new URL(entry.name).pathname));
        const navigation = performance.getEntriesByType('navigation')[0];
        window.__startup = { shown, painted: performance.now(), scriptsRun: navigation.domContentLoadedEventStart, files: scripts.map((entry) => [entry.name, entry.decodedBodySize]) };
      };
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

interface Startup {
  /** DOMContentLoaded: the entry module (deferred) has been fetched, parsed and run. */
  scriptsRun: number;
  shown: number;
  painted: number;
  files: [string, number][];
}

/** Polled: waitForFunction evaluates its text with eval, which the page's CSP refuses. */
async function startupOf(page: Page): Promise<Startup> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const startup = await page.evaluate<Startup | null>('window.__startup ?? null');
    if (startup) return startup;
    await page.waitForTimeout(50);
  }
  throw new Error('the page did not show within 20 s');
}

/** RUNS fresh tabs; the first also warms the harness and the disk cache and is left out of the figures. */
async function timeOpenings(context: BrowserContext, url: string, selector: string, lastOpen = ''): Promise<Startup[]> {
  const runs: Startup[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await page.addInitScript(`localStorage.setItem('thuky.lastOpenDocument', ${JSON.stringify(lastOpen)})`);
    await page.addInitScript(watchFor(selector));
    await page.goto(url);
    runs.push(await startupOf(page));
    await page.close();
  }
  return runs.slice(1);
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM_PATH) || !fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.log(`skipped: needs ${CHROMIUM_PATH} and ${rendererDir}/index.html (npx electron-vite build)`);
    return;
  }
  const app = await openAppInBrowser('thuky-bench-startup-', rendererDir, { version: 'bench' });
  const { services, harness, context } = app;
  try {
    const templates = services.templates.list();
    for (let index = 0; index < DOCUMENTS; index++) {
      const template = templates[index % templates.length]!;
      services.documents.create(template.id, `${template.name} số ${index + 1}`);
    }
    const timed = await timeOpenings(context, harness.url, LIST_SHOWN);
    const files = timed.at(-1)!.files;
    const jsKb = files.reduce((sum, [, bytes]) => sum + bytes, 0) / 1024;
    const shown = median(timed.map((run) => run.shown));
    const painted = median(timed.map((run) => run.painted));
    const scriptsRun = median(timed.map((run) => run.scriptsRun));
    console.log(`${DOCUMENTS} documents; Chromium ${context.browser()?.version() ?? ''}; ${loadLine()}`);
    console.log(`JavaScript fetched before the list shows: ${jsKb.toFixed(0)} KB in ${files.length} file(s)`);
    for (const [url, bytes] of files) console.log(`  ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${new URL(url).pathname}`);
    console.log(`navigation → entry script run (DOMContentLoaded): median ${scriptsRun.toFixed(0)} ms`);
    console.log(`navigation → list shown: median ${shown.toFixed(0)} ms, → its frame painted ${painted.toFixed(0)} ms (runs ${timed.map((run) => run.painted.toFixed(0)).join(', ')} ms)`);
    // The other way the app opens: on the document left open, so the editor's chunks come at once.
    const report = services.documents.list().find((summary) => summary.kind === 'report')!;
    const reopened = await timeOpenings(context, harness.url, BODY_SHOWN, report.id);
    const reopenedKb = reopened.at(-1)!.files.reduce((sum, [, bytes]) => sum + bytes, 0) / 1024;
    const reopenedMs = median(reopened.map((run) => run.painted));
    console.log(`reopening on a report: navigation → its body painted median ${reopenedMs.toFixed(0)} ms (runs ${reopened.map((run) => run.painted.toFixed(0)).join(', ')} ms); ${reopenedKb.toFixed(0)} KB of JavaScript in ${reopened.at(-1)!.files.length} file(s) by then`);
    reportFigure({ name: 'initial JavaScript (document list)', value: jsKb, unit: 'KB', target: '', met: null, note: `${files.length} file(s)` });
    reportFigure({ name: 'navigation → document list painted', value: painted, unit: 'ms', target: '', met: null, note: `median of ${timed.length}; shown at ${shown.toFixed(0)} ms` });
    reportFigure({ name: 'navigation → last document\'s body painted', value: reopenedMs, unit: 'ms', target: '', met: null, note: `median of ${reopened.length}; ${reopenedKb.toFixed(0)} KB of JavaScript` });
  } finally {
    await app.close();
  }
}

await main();
