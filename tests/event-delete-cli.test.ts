/**
 * `thuky event delete ID` through the real command: the event goes, the six documents it made stay
 * in `thuky list` (nothing in "Đã xóa"), and the event is not found afterwards — said in Vietnamese;
 * `thuky event undelete ID` brings it back with them.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThuky, seedCliStore } from './support/cli-runner';
import { SEED_EVENT_FILE } from './support/event-fixtures';
import { makeTempDir } from './support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: string;
const thuky = (...args: string[]) => runThuky([...args, '--db', db]);

beforeAll(() => {
  tmp = makeTempDir('thuky-event-delete-cli-');
  db = path.join(tmp.dir, 'thuky.db');
  seedCliStore(db);
});
afterAll(() => tmp.cleanup());

describe('thuky event delete', { timeout: 120_000 }, () => {
  it('deletes the event and keeps its documents, unlinked', () => {
    const eventId = (JSON.parse(thuky('event', 'new', SEED_EVENT_FILE, '--json').stdout) as { id: string }).id;
    const made = JSON.parse(thuky('event', 'generate', eventId, '--json').stdout) as Array<{ id: string }>;
    expect(made).toHaveLength(6);

    const run = thuky('event', 'delete', eventId);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã xóa hội nghị «Hội nghị phát động thi đua');
    expect(run.stdout).toContain('6 văn bản của hội nghị vẫn giữ nguyên');

    const listed = JSON.parse(thuky('list', '--json').stdout) as Array<{ id: string }>;
    expect(listed.map((doc) => doc.id).sort()).toEqual(made.map((doc) => doc.id).sort());
    expect(JSON.parse(thuky('deleted', '--json').stdout)).toEqual([]);

    const again = thuky('event', 'show', eventId);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Không tìm thấy hội nghị');

    const back = thuky('event', 'undelete', eventId);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain('Đã khôi phục hội nghị «Hội nghị phát động thi đua');
    expect(JSON.parse(thuky('event', 'show', eventId, '--json').stdout).documents).toHaveLength(6);
  });

  it('names the missing id, in the subcommands’ usage style', () => {
    const run = thuky('event', 'delete');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Thiếu mã hội nghị. Cách dùng: thuky event delete ID [--json]');
  });
});
