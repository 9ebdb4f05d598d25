// `npm run bench`: runs every benchmark in bench/ (each prints its own figures) one after another,
// so they do not compete for the two cores.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = fs
  .readdirSync(here)
  .filter((name) => /\.bench\.ts$|^[a-z-]+\.ts$/.test(name))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, script)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
