/**
 * Errors are values with a code and a Vietnamese message the UI can show as is. No zod here: every
 * command loads this, and `thuky list` must not pay for zod (the schema is in app-error-shape.ts).
 */

export const ERROR_CODES = [
  'invalid_input', // the caller sent something the schema refuses
  'not_found',
  'conflict', // e.g. an imported id that already exists
  'db_newer', // the database was written by a newer thuky
  'db_unusable', // not a database, damaged, or locked by another program
  'forbidden', // wrong sender frame or token
  'io', // file system refused
  'unavailable', // a program the task needs is not installed (e.g. no Word or LibreOffice for PDF)
  'cancelled', // the user stopped a long task
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Where the problem is: a field path, a file and line, a row number. */
  where?: string | undefined;
  detail?: string | undefined;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, message: string, options: { where?: string; detail?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.where = options.where;
    this.detail = options.detail;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, where: this.where, detail: this.detail };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** One line for a terminal: "where: message". */
export function formatErrorLine(error: AppErrorShape): string {
  return error.where ? `${error.where}: ${error.message}` : error.message;
}
