/** Runs the real `thuky` command in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../../src/main/services/services';
import { seedSampleProfile } from './sample-profile';

const BIN = path.resolve(__dirname, '../../bin/thuky.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runThuky(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, THUKY_DB: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A store for the CLI with the tests' sample organisation in it, as after the first run: the CLI
 * refuses to write documents before Thông tin cơ quan is saved (src/main/cli/profile-command.ts).
 */
export function seedCliStore(dbPath: string): void {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const services = createServices(dbPath);
  try {
    seedSampleProfile(services);
  } finally {
    services.close();
  }
}
