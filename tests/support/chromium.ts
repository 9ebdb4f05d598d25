/**
 * Debian's Chromium through playwright-core, started the way that works on these machines (no
 * sandbox as root, no background networking: the machine has no network, and the app must not use it).
 */
import fs from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why a browser suite cannot run here ('' when it can); suites skip with this printed. */
export function chromiumSkipReason(): string {
  return fs.existsSync(CHROMIUM_PATH) ? '' : `${CHROMIUM_PATH} is missing (install the Debian "chromium" package)`;
}

export function launchChromium(profileDir: string, options: { viewport?: { width: number; height: number }; args?: string[] } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
