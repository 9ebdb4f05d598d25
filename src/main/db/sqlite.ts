/**
 * Every SQLite connection is made here, so that the Electron main process can point
 * better-sqlite3 at the Electron-ABI build of its addon (`nativeBinding`) once, for all of them.
 * Node (tests, CLI, harness) keeps the default: the build in node_modules, for Node's ABI.
 */
import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** Set once at Electron start-up, before the first connection (undefined: back to the default). */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
