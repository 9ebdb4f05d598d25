/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file beside the
 * target (same directory, so the rename stays on one file system), are flushed, then renamed over
 * the target. On any failure the temporary file is removed and an AppError names the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors/app-error';

export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const absolute = path.resolve(target);
  const dir = path.dirname(absolute);
  const temp = path.join(dir, `.${path.basename(absolute)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o644);
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, absolute);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('io', `Không ghi được tệp "${absolute}" (${reason})`, { where: absolute, detail: (error as Error).message, cause: error });
  }
}
