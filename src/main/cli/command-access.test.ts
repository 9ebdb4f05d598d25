import { describe, expect, it } from 'vitest';
import { commandWrites } from './command-access';

describe('which CLI commands take the lock', () => {
  it('readers run beside the app; everything else, including unknown future commands, writes', () => {
    for (const command of ['templates', 'list', 'show', 'search', 'export', 'backups']) expect(commandWrites({ command, positionals: [] }), command).toBe(false);
    for (const command of ['new', 'import', 'delete', 'backup', 'restore', 'lenh-moi']) expect(commandWrites({ command, positionals: [] }), command).toBe(true);
    expect(commandWrites({ command: 'archive', positionals: ['export', 'a.jsonl'] })).toBe(false);
    expect(commandWrites({ command: 'archive', positionals: ['import', 'a.jsonl'] })).toBe(true);
  });
});
