/** "Xuất tất cả" in the desktop app: the clerk picks the folder in main's own dialog (a renderer never names a path). */
import { app, dialog, type BrowserWindow } from 'electron';

export function chooseFolderWithDialog(window: () => BrowserWindow | undefined): (title: string) => Promise<string | null> {
  return async (title) => {
    const options = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory' as const, 'createDirectory' as const], buttonLabel: 'Chọn thư mục' };
    const owner = window();
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
  };
}
