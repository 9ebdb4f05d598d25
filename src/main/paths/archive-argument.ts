/**
 * A `.thuky` archive (what `thuky archive export kho.thuky` writes) double-clicked in Explorer
 * reaches the app as a command-line argument (the installer registers the extension); this finds it.
 */
export const ARCHIVE_EXTENSION = '.thuky';

/** The last argument naming a .thuky file; switches (Chromium's, Electron's) are skipped. */
export function archiveArgument(argv: readonly string[]): string | undefined {
  return [...argv].reverse().find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(ARCHIVE_EXTENSION));
}
