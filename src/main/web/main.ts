/** `npm run web`: opens the store and serves the full app to a browser on 127.0.0.1. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatErrorLine } from '../../shared/errors/app-error';
import { toAppError } from '../ipc/dispatch';
import { appRoot } from '../paths/app-root';
import { resolveDbPath } from '../paths/data-dir';
import { createServices } from '../services/services';
import { startHarness } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const services = createServices(resolveDbPath(values.db));
  const root = appRoot();
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const harness = await startHarness({
    services,
    rendererDir: path.join(root, 'out', 'renderer'),
    host: values.host,
    port: values.port ? Number(values.port) : 5180,
    version,
  });
  process.stdout.write(`Thư ký đang chạy tại ${harness.url}  (cơ sở dữ liệu: ${services.dbPath})\nNhấn Ctrl+C để dừng.\n`);
  const stop = () => {
    void harness.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${formatErrorLine(toAppError(error).toShape())}\n`);
  process.exit(1);
});
