/**
 * Which CLI commands only read. They run beside the app without the lock; every other command,
 * including any added later, is a writer and takes it (the safe default).
 */
import type { CliArgs } from './args';

const READING_COMMANDS = new Set(['templates', 'list', 'show', 'search', 'export', 'backups', 'deleted']);

export function commandWrites(args: Pick<CliArgs, 'command' | 'positionals'>): boolean {
  if (args.command === 'archive') return args.positionals[0] !== 'export';
  if (args.command === 'profile') return args.positionals[0] === 'set';
  if (args.command === 'dictionary') return (args.positionals[0] ?? 'list') !== 'list';
  return !READING_COMMANDS.has(args.command ?? '');
}
