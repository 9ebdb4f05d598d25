/** One migration per schema version (Signal's one-file-per-version style). */
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The user_version this migration produces. */
  version: number;
  name: string;
  up(db: Database): void;
}
