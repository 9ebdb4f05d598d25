// `npm test`: build the three bundles (the browser suite needs the renderer), run every Vitest
// suite, and end with the one plain line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const bin = (name) => path.join('node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit', env });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-test-')), 'vitest.json');
const run = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + countFilesThatFailedToRun(result);
  skipped = result.numPendingTests + result.numTodoTests;
} catch {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);

// A test file that fails to load (syntax error, failing hook) has no failed test of its own:
// count it once as a failure so it cannot pass silently.
function countFilesThatFailedToRun(result) {
  return result.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
}
