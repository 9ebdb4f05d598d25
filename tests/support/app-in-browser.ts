/** The whole app for a browser suite: real services on a fresh database, the web harness, and Chromium on it. */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createServices, type Services } from '../../src/main/services/services';
import { startHarness, type Harness } from '../../src/main/web/server';
import { launchChromium } from './chromium';
import { seedSampleProfile } from './sample-profile';
import { makeTempDir } from './temp-dir';

export const BUILT_RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');

export interface AppInBrowser {
  dir: string;
  services: Services;
  harness: Harness;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** `firstRun`: a store without Thông tin cơ quan, as on a new machine; otherwise the sample organisation is in it. */
export async function openAppInBrowser(prefix: string, rendererDir = BUILT_RENDERER_DIR, options: { firstRun?: boolean } = {}): Promise<AppInBrowser> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: run "npx electron-vite build" (or "npm test", which builds first) before this suite`);
  }
  const tmp = makeTempDir(prefix);
  const services = createServices(path.join(tmp.dir, 'thuky.db'));
  if (!options.firstRun) seedSampleProfile(services);
  const harness = await startHarness({ services, rendererDir, version: 'e2e' });
  const context = await launchChromium(path.join(tmp.dir, 'profile'));
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
