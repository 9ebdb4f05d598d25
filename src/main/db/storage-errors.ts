/**
 * What the disk said, in Vietnamese: SQLite's and the file system's error codes for a full disk, a
 * read-only file or folder, and a database that vanished under the app become messages a clerk can
 * act on (the English original stays in `detail`). Every door goes through toAppError, so this is
 * the one place these codes are read.
 */
import { AppError } from '../../shared/errors/app-error';

const KEEP_DRAFT = 'Nội dung đang soạn vẫn được giữ trong cửa sổ và sẽ được lưu lại khi thử lại.';

export const STORAGE_MESSAGES = {
  full: `Ổ đĩa đã đầy nên Thư ký chưa ghi được dữ liệu. Hãy giải phóng dung lượng (xóa tệp không cần, dọn Thùng rác) rồi thử lại. ${KEEP_DRAFT}`,
  readOnly: `Tệp dữ liệu hoặc thư mục chứa nó đang ở chế độ chỉ đọc hoặc không có quyền ghi nên Thư ký chưa lưu được. Hãy bỏ thuộc tính "Chỉ đọc" (hoặc đặt dữ liệu ở thư mục có quyền ghi) rồi thử lại. ${KEEP_DRAFT}`,
  gone: `Tệp dữ liệu đã bị di chuyển, xóa hoặc ổ đĩa chứa nó bị ngắt trong khi Thư ký đang mở nên chưa lưu được. Hãy trả tệp (hoặc ổ đĩa) về chỗ cũ rồi thử lại. ${KEEP_DRAFT}`,
} as const;

const CODES: Array<[RegExp, keyof typeof STORAGE_MESSAGES]> = [
  [/^(?:SQLITE_FULL|ENOSPC|EDQUOT)$/, 'full'],
  [/^SQLITE_READONLY_DBMOVED$|^SQLITE_IOERR_(?:FSTAT|DELETE_NOENT)$|^ENOENT$/, 'gone'],
  [/^SQLITE_READONLY|^SQLITE_PERM$|^SQLITE_CANTOPEN|^SQLITE_IOERR_(?:WRITE|FSYNC|TRUNCATE|SHMOPEN|SHMSIZE)|^(?:EACCES|EPERM|EROFS)$/, 'readOnly'],
];

const AT_OPEN: Record<keyof typeof STORAGE_MESSAGES, string> = {
  full: 'ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi mở lại',
  readOnly: 'tệp hoặc thư mục chứa nó đang ở chế độ chỉ đọc hoặc không có quyền ghi. Hãy bỏ thuộc tính "Chỉ đọc" (hoặc đặt dữ liệu ở thư mục có quyền ghi) rồi mở lại',
  gone: 'tệp vừa bị di chuyển hoặc xóa. Hãy trả tệp về chỗ cũ rồi mở lại',
};

function reasonOf(error: unknown): { reason: keyof typeof STORAGE_MESSAGES; detail: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const found = CODES.find(([pattern]) => pattern.test(code));
  return found ? { reason: found[1], detail: `${code}: ${String((error as Error).message)}` } : null;
}

/** The storage failure behind an error while working, or null when it is not one. */
export function storageError(error: unknown): AppError | null {
  const found = reasonOf(error);
  return found ? new AppError('io', STORAGE_MESSAGES[found.reason], { detail: found.detail, cause: error }) : null;
}

/** The same while opening the database: nothing was being edited yet, and the file is unchanged. */
export function storageErrorAtOpen(error: unknown, fileName: string): AppError | null {
  const found = reasonOf(error);
  if (!found) return null;
  return new AppError('io', `Không mở được tệp dữ liệu «${fileName}» để ghi: ${AT_OPEN[found.reason]}; tệp không bị thay đổi.`, { detail: found.detail, cause: error });
}
