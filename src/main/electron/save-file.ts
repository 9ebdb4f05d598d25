/**
 * "Xuất Word…" / "Xuất HTML…" in the desktop app: the save dialog opens in Documents with the
 * suggested name, and the file is written atomically (complete or absent, never half a .docx).
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { writeFileAtomic } from '../export/atomic-write';
import type { SaveFile } from '../ipc/handlers';

export function saveFileWithDialog(window: () => BrowserWindow | undefined): SaveFile {
  return async (suggestedName, bytes, filters) => {
    const options = { title: 'Lưu tệp xuất', defaultPath: path.join(app.getPath('documents'), suggestedName), filters, buttonLabel: 'Lưu' };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    writeFileAtomic(choice.filePath, bytes);
    return choice.filePath;
  };
}
