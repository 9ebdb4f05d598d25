/** The application menu, in Vietnamese (docs/ui-conventions.md wording). Actions go to the renderer as menu events. */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc/channels';

export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (action: string) => () => getWindow()?.webContents.send(EVENT_CHANNELS.menu, action);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Tạo mới…', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Lưu', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { type: 'separator' },
        { label: 'Xuất Word…', click: send('export-docx') },
        { label: 'Xuất HTML…', click: send('export-html') },
        { type: 'separator' },
        { label: 'Thông tin cơ quan…', click: send('settings') },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
        { type: 'separator' },
        { label: 'Tìm kiếm', accelerator: 'CmdOrCtrl+K', click: send('search') },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ thực', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu Thư ký', role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
