// Whether out/main/cli.js (the CLI bundle electron-vite builds) is at least as new as every source
// it is built from. `thuky` runs the bundle when it is (one file, no TypeScript compile at start)
// and the TypeScript through tsx only while someone is editing the sources.
import fs from 'node:fs';
import path from 'node:path';

/** What the main bundle is built from; tests and the renderer are not part of it. */
const SOURCE_DIRS = ['src/main', 'src/shared'];
const SOURCE_FILES = ['package.json', 'electron.vite.config.ts'];

function newestSource(dir, newest) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(full, newest);
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** @param {string} root the checkout (where package.json is) */
export function cliBundleIsCurrent(root) {
  let built;
  try {
    built = fs.statSync(path.join(root, 'out', 'main', 'cli.js')).mtimeMs;
  } catch {
    return false;
  }
  let newest = 0;
  for (const file of SOURCE_FILES) {
    try {
      newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
    } catch {
      // an installed package may leave the config out
    }
  }
  for (const dir of SOURCE_DIRS) {
    const full = path.join(root, dir);
    if (fs.existsSync(full)) newest = newestSource(full, newest);
  }
  return built >= newest;
}
