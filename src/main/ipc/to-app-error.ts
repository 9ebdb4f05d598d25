/**
 * Any failure as an AppError: ours as they are, zod's with the field named, storage failures in
 * Vietnamese (db/storage-errors.ts), the rest as 'internal'. Its own module so that a door can
 * report errors without loading every route's handler (the CLI's start, issue 16).
 */
import { ZodError } from 'zod';
import { AppError, isAppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { storageError } from '../db/storage-errors';

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) return appErrorFromZod(error);
  const storage = storageError(error);
  if (storage) return storage;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', 'Đã có lỗi không mong muốn. Dữ liệu của bạn không bị thay đổi.', { detail: message, cause: error });
}
