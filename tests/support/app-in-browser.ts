/** The whole app for a browser suite: real services on a fresh database, the web harness, and Chromium on it. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { createServices, type Services } from '../../src/main/services/services';
import { startHarness, type Harness } from '../../src/main/web/server';
import { launchChromium } from './chromium';
import { seedSampleProfile } from './sample-profile';
import { makeTempDir } from './temp-dir';

// A URL, not __dirname: the benchmarks load this module as ESM (tsx), the suites through vitest.
export const BUILT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface AppInBrowser {
  dir: string;
  services: Services;
  harness: Harness;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface AppInBrowserOptions {
  /** A store without Thông tin cơ quan, as on a new machine; otherwise the sample organisation is in it. */
  firstRun?: boolean;
  /** Chromium's window size and extra flags (benchmarks, screenshots). */
  launch?: Parameters<typeof launchChromium>[1];
  /** Where "Xuất tất cả" writes, relative to the temp folder (the harness's default otherwise). */
  exportFolder?: string;
  /** What the harness reports as the app's version ("e2e", "bench", "screenshot"). */
  version?: string;
}

/** Used by the browser suites, the browser benchmarks and the screenshot scripts: one way to start the app. */
export async function openAppInBrowser(prefix: string, rendererDir = BUILT_RENDERER_DIR, options: AppInBrowserOptions = {}): Promise<AppInBrowser> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run "npx electron-vite build" (or "npm test", which builds first) before this suite`);
  }
  const tmp = makeTempDir(prefix);
  const services = createServices(path.join(tmp.dir, 'thuky.db'));
  if (!options.firstRun) seedSampleProfile(services);
  const exportDir = options.exportFolder ? path.join(tmp.dir, options.exportFolder) : undefined;
  const harness = await startHarness({ services, rendererDir, version: options.version ?? 'e2e', ...(exportDir ? { exportDir } : {}) });
  const context = await launchChromium(path.join(tmp.dir, 'profile'), options.launch);
  // A step that cannot happen fails in 20 s with the locator named, not at the test's own timeout.
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    dir: tmp.dir,
    services,
    harness,
    context,
    page,
    async close() {
      await context.close();
      await harness.close();
      services.close();
      tmp.cleanup();
    },
  };
}
