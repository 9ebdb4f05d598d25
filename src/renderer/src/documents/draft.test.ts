import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../shared/document/body';
import { EMPTY_FRAME } from '../../../shared/document/frame';
import { EMPTY_PORTAL } from '../../../shared/document/portal';
import { draftOf, nextStatus, once } from './draft';
import { SaveQueue, type SaveStatus } from './save-queue';

const meta = { title: 'Báo cáo', frame: EMPTY_FRAME, portal: EMPTY_PORTAL };
const body = (text: string): BodyDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('drafts', () => {
  it('serialise the body only when the save runs, once, with the newest edit and meta', async () => {
    let reads = 0;
    const saved: string[] = [];
    let fire: () => void = () => undefined;
    const queue = new SaveQueue({
      debounceMs: 700,
      onStatus: () => undefined,
      setTimer: (run) => ((fire = run), 1),
      clearTimer: () => undefined,
      save: async (draft: () => { title: string; body: BodyDoc }) => {
        const content = draft();
        saved.push(`${content.title}: ${JSON.stringify(content.body.content)}`);
      },
    });
    let bodyReader = once(() => body('đầu'));
    for (const text of ['a', 'ab', 'abc']) {
      bodyReader = once(() => ((reads += 1), body(text)));
      queue.update(draftOf(meta, bodyReader));
    }
    expect(reads).toBe(0); // three edits, nothing serialised yet
    queue.update(draftOf({ ...meta, title: 'Báo cáo (sửa)' }, bodyReader)); // a meta edit keeps the last body
    fire();
    await queue.flush(false);
    expect(reads).toBe(1);
    expect(saved).toEqual([`Báo cáo (sửa): ${JSON.stringify(body('abc').content)}`]);
    expect(queue.pendingContent).toBeNull();
  });

  it('keep the status object while the state does not change, so the page does not re-render per key', () => {
    const dirty: SaveStatus = { state: 'dirty' };
    expect(nextStatus(dirty, { state: 'dirty' })).toBe(dirty);
    const saving: SaveStatus = { state: 'saving' };
    expect(nextStatus(dirty, saving)).toBe(saving);
    const saved: SaveStatus = { state: 'saved', at: new Date(1) };
    const savedAgain: SaveStatus = { state: 'saved', at: new Date(2) };
    expect(nextStatus(saved, savedAgain)).toBe(savedAgain);
  });
});
