/**
 * Electron entry: single instance, one store, the routes on ipcMain, one hardened window, and a
 * flush of pending edits before quitting so a draft is never lost on close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { formatErrorLine } from '../../shared/errors/app-error';
import { toAppError } from '../ipc/to-app-error';
import { useNativeBinding } from '../db/sqlite';
import { acquireStoreLock, type StoreLock } from '../db/store-lock';
import { selectElectronBinding } from '../native/electron-native';
import { archiveArgument } from '../paths/archive-argument';
import { defaultUserDataDir, resolveDbPath } from '../paths/data-dir';
import { openOrRecover, recoverFromBackup, type OpenOutcome } from '../services/recovery-service';
import type { Services } from '../services/services';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { onFlushed, registerRoutes } from './ipc-bridge';
import { saveFileWithDialog } from './save-file';
import { chooseFolderWithDialog } from './choose-folder';
import { buildMenu } from './menu';
import { hardenSessions } from './security';
import { mainWindowOptions } from './window-options';
import { APP_ORIGIN, trustedDevServerUrl } from './url-policy';
import { EVENT_CHANNELS } from '../../shared/ipc/channels';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = trustedDevServerUrl(app.isPackaged, process.env);
const FLUSH_TIMEOUT_MS = 5000;

let services: Services | undefined;
let lock: StoreLock | undefined;
let mainWindow: BrowserWindow | undefined;
let flushed = false;

// One folder for the database and Chromium's own data, whatever the installer calls the product
// ("Thư ký"): %APPDATA%\thuky on Windows, the folder the CLI and the harness use too.
app.setPath('userData', defaultUserDataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const archive = archiveArgument(argv);
    if (archive) void offerArchiveImport(archive);
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  // better-sqlite3 built for this Electron's ABI (not node_modules' Node build), before any connection.
  useNativeBinding(
    selectElectronBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath(), electronVersion: process.versions.electron, platform: process.platform, arch: process.arch }),
  );
  // THUKY_DB, else the per-user folder: the same rule as the CLI and the harness.
  const dbPath = resolveDbPath(undefined);
  // The same lock the harness and the CLI's writing commands take; refused: a dialog names the holder.
  lock = acquireStoreLock(dbPath, { door: 'electron' });
  const opened = await openStore(dbPath);
  if (!opened) {
    closeStore();
    return app.exit(0);
  }
  services = opened;
  hardenSessions(devServerUrl);
  serveRenderer(path.join(here, '../renderer'));
  const version = JSON.parse(fs.readFileSync(path.join(app.getAppPath(), 'package.json'), 'utf8')).version as string;
  const saveFile = saveFileWithDialog(() => mainWindow);
  const chooseFolder = chooseFolderWithDialog(() => mainWindow);
  registerRoutes(
    () => ({ services: services as Services, door: 'electron', version, openPath: async (p) => (await shell.openPath(p)) === '', saveFile, chooseFolder }),
    devServerUrl,
  );
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow();
  const archive = archiveArgument(process.argv);
  if (archive) mainWindow.once('ready-to-show', () => void offerArchiveImport(archive));
}

/** A double-clicked .thuky archive: asked first, then imported (ids kept, nothing overwritten). */
async function offerArchiveImport(file: string): Promise<void> {
  const owner = mainWindow;
  if (!services || !owner) return;
  const { response } = await dialog.showMessageBox(owner, {
    type: 'question',
    title: 'Thư ký: nhập kho văn bản',
    message: `Nhập các văn bản trong «${path.basename(file)}» vào Thư ký?`,
    detail: 'Văn bản đã có (cùng mã) được bỏ qua; không văn bản nào bị ghi đè.',
    buttons: ['Nhập', 'Không'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return;
  try {
    const report = services.archive.importFrom(file);
    const conflicts = report.conflicts.map((conflict) => `«${conflict.title}» (đã có bản khác, giữ nguyên bản hiện có)`);
    await dialog.showMessageBox(owner, {
      type: 'info',
      title: 'Thư ký: đã nhập kho văn bản',
      message: `Đã nhập ${report.imported.length} văn bản và ${report.images} ảnh; bỏ qua ${report.duplicates.length} văn bản trùng.`,
      detail: conflicts.length ? `Không nhập: ${conflicts.join('; ')}` : undefined,
    });
    owner.webContents.reload();
  } catch (error) {
    dialog.showErrorBox('Thư ký: không nhập được kho văn bản', formatErrorLine(toAppError(error).toShape()));
  }
}

/**
 * Opens the store; a damaged or foreign file has already been moved to quarantine (never
 * overwritten), and the user chooses: the newest verified backup, an empty start, or quitting.
 */
async function openStore(dbPath: string): Promise<Services | undefined> {
  let outcome: OpenOutcome = await openOrRecover(dbPath);
  while (!outcome.ok) {
    // A database from a newer Thư ký is left untouched: there is nothing to choose but to quit.
    if (outcome.error.code === 'db_newer') throw outcome.error;
    const buttons = [...(outcome.newestBackup ? ['Khôi phục bản sao lưu'] : []), 'Bắt đầu với dữ liệu trống', 'Thoát'];
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Thư ký: dữ liệu cần được khôi phục',
      message: outcome.error.message,
      detail: outcome.quarantinedTo ? `Tệp cũ được giữ nguyên tại: ${outcome.quarantinedTo}` : undefined,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    });
    const choice = buttons[response];
    if (choice === 'Khôi phục bản sao lưu' && outcome.newestBackup) outcome = await recoverFromBackup(dbPath, outcome.newestBackup.file);
    else if (choice === 'Bắt đầu với dữ liệu trống') outcome = await openOrRecover(dbPath, { startEmpty: true });
    else return undefined;
  }
  return outcome.services;
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

// Ask the renderer to save what is pending, wait (bounded), then really quit.
app.on('before-quit', (event) => {
  if (flushed || !mainWindow || mainWindow.isDestroyed()) return closeStore();
  event.preventDefault();
  const finish = () => {
    flushed = true;
    closeStore();
    app.quit();
  };
  const stop = onFlushed(mainWindow, devServerUrl, () => {
    clearTimeout(timer);
    finish();
  });
  const timer = setTimeout(() => {
    stop();
    finish();
  }, FLUSH_TIMEOUT_MS);
  mainWindow.webContents.send(EVENT_CHANNELS.flush);
});

app.on('window-all-closed', () => app.quit());

function closeStore(): void {
  services?.close();
  services = undefined;
  lock?.release();
  lock = undefined;
}

function fail(error: unknown): void {
  dialog.showErrorBox('Thư ký không khởi động được', formatErrorLine(toAppError(error).toShape()));
  closeStore();
  app.exit(1);
}
