/**
 * Whether the Electron executable is on this machine, read the way the `electron` package itself
 * reads it (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: requiring
 * 'electron' tries to download the binary and ends in a stack trace when it cannot.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { found: true; executable: string; version: string } | { found: false; version: string; looked: string };

export function findElectronBinary(packageRoot: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const electronDir = path.join(packageRoot, 'node_modules', 'electron');
  const version = (JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const executable = path.join(dist, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return fs.existsSync(executable) && fs.statSync(executable).isFile() ? { found: true, executable, version } : { found: false, version, looked: executable };
}

/** What `npm start` prints when there is no binary: what happened and what to do, no stack trace. */
export function missingElectronMessage(binary: Extract<ElectronBinary, { found: false }>): string {
  return [
    `Không khởi động được ứng dụng: chưa có tệp chạy Electron ${binary.version} trên máy này (${binary.looked}).`,
    'Gói electron được cài mà không tải tệp chạy (ELECTRON_SKIP_BINARY_DOWNLOAD=1, hoặc máy không ra được Internet).',
    'Cách làm, trên máy có Internet:',
    '  npx install-electron        # tải tệp chạy Electron vào node_modules/electron/dist',
    '  npm start                   # dựng better-sqlite3 cho Electron nếu cần, rồi mở ứng dụng',
    'Không cần Electron:',
    '  npm run web                 # cùng ứng dụng, mở trong trình duyệt (127.0.0.1)',
    '  npx thuky --help            # dòng lệnh',
    `(No Electron ${binary.version} binary on this machine. With internet access run "npx install-electron", then "npm start"; or use "npm run web".)`,
  ].join('\n');
}
