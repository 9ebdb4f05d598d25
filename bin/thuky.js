#!/usr/bin/env node
// `thuky` command. In a source checkout it runs the TypeScript directly (always current);
// an installed build without src/ runs the bundled out/main/cli.js.
import { existsSync } from 'node:fs';

const source = new URL('../src/main/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source)) {
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
