/** `npm run web`: opens the store and serves the full app to a browser on 127.0.0.1. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatErrorLine } from '../../shared/errors/app-error';
import { toAppError } from '../ipc/to-app-error';
import { appRoot } from '../paths/app-root';
import { resolveDbPath } from '../paths/data-dir';
import { openForDoor } from '../services/store-access';
import { listenFailureMessage, parsePort } from './listen-error';
import { startHarness } from './server';

const USAGE = [
  'Cách dùng: node out/main/web.js [--db TỆP.db] [--port SỐ] [--host ĐỊA-CHỈ] [--start-empty]',
  '  --db           cơ sở dữ liệu (mặc định: thư mục dữ liệu của Thư ký)',
  '  --port         cổng (mặc định 5180)',
  '  --start-empty  mở một cơ sở dữ liệu trống khi tệp cũ hỏng (tệp cũ được giữ lại)',
  'Usage: node out/main/web.js [--db FILE.db] [--port N] [--host ADDRESS] [--start-empty]',
  '',
].join('\n');

function readArgs(): { db?: string | undefined; port?: string | undefined; host?: string | undefined; 'start-empty'?: boolean | undefined } {
  try {
    const { values } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'start-empty': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    return values;
  } catch (error) {
    // An unknown option is named, with the usage, instead of a generic error.
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = readArgs();
  const port = parsePort(values.port, 5180);
  if (typeof port === 'string') {
    process.stderr.write(port);
    process.exit(2);
  }
  const dbPath = resolveDbPath(values.db);
  // The harness writes: it holds the one lock for as long as it serves.
  const { outcome: opened, lock } = await openForDoor(dbPath, { door: 'web', writes: true }, { startEmpty: values['start-empty'] ?? false });
  if (!opened.ok) {
    lock?.release();
    // Never start silently empty: say what happened and how to go on (the CLI restores backups).
    const hint = opened.newestBackup
      ? `\nKhôi phục: npx thuky restore "${opened.newestBackup.file}" --db "${dbPath}", rồi chạy lại.`
      : '';
    process.stderr.write(`Lỗi: ${formatErrorLine(opened.error.toShape())}${hint}\nHoặc bắt đầu với dữ liệu trống: npm run web -- --start-empty\n`);
    process.exit(1);
  }
  const { services } = opened;
  const root = appRoot();
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const host = values.host ?? '127.0.0.1';
  const harness = await startHarness({ services, rendererDir: path.join(root, 'out', 'renderer'), host, port, version }).catch((error: unknown) => {
    const message = listenFailureMessage(error, host, port);
    if (message === null) throw error;
    // The port is taken: give the database back before saying so.
    services.close();
    lock?.release();
    process.stderr.write(message);
    process.exit(1);
  });
  process.stdout.write(`Thư ký đang chạy tại ${harness.url}  (cơ sở dữ liệu: ${services.dbPath})\nNhấn Ctrl+C để dừng.\n`);
  const stop = () => {
    void harness.close().then(() => {
      services.close();
      lock?.release();
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
