#!/usr/bin/env node
// `thuky` command. Runs the built CLI bundle (out/main/cli.js) when it is current; in a source
// checkout whose sources are newer than the bundle it runs the TypeScript through tsx instead,
// so a developer always runs what they edited. An installed build without src/ runs the bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cliBundleIsCurrent } from './cli-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = new URL('../src/main/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source) && !cliBundleIsCurrent(root)) {
  const { tsImport } = await import('tsx/esm/api');
  cli = await tsImport(source.href, import.meta.url);
} else {
  cli = await import(new URL('../out/main/cli.js', import.meta.url).href);
}
process.exitCode = await cli.runCli(
  process.argv.slice(2),
  (line) => process.stdout.write(line + '\n'),
  (line) => process.stderr.write(line + '\n'),
);
