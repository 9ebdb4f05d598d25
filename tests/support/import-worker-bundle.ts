/**
 * Bundles src/main/import/import-worker.ts as the app build does (packages left external), so
 * tests run the real worker from sources. Written under node_modules/.cache so that exceljs and
 * papaparse resolve from it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export async function bundleImportWorker(): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const outfile = path.join(root, 'node_modules/.cache/thuky-test/import-worker.mjs');
  await build({ entryPoints: [path.join(root, 'src/main/import/import-worker.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'silent' });
  return outfile;
}
