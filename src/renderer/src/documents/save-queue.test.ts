import { describe, expect, it } from 'vitest';
import { SaveQueue, type SaveStatus } from './save-queue';

/** A manual clock: timers run only when the test says so. */
function manualTimers() {
  let next = 1;
  const timers = new Map<number, { run: () => void; ms: number }>();
  return {
    setTimer: (run: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { run, ms });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers.delete(id as number);
    },
    fireAll: () => {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.run();
    },
    count: () => timers.size,
    delays: () => [...timers.values()].map((timer) => timer.ms),
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(saveImpl?: (content: string, explicit: boolean) => Promise<void>) {
  const timers = manualTimers();
  const saved: Array<{ content: string; explicit: boolean }> = [];
  const statuses: SaveStatus['state'][] = [];
  const queue = new SaveQueue<string>({
    debounceMs: 700,
    save: async (content, explicit) => {
      saved.push({ content, explicit });
      if (saveImpl) await saveImpl(content, explicit);
    },
    onStatus: (status) => statuses.push(status.state),
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    now: () => new Date('2024-01-31T03:42:00Z'),
  });
  return { queue, timers, saved, statuses };
}

describe('SaveQueue', () => {
  it('debounces a burst of edits into one save of the last edit', async () => {
    const { queue, timers, saved, statuses } = setup();
    queue.update('a');
    queue.update('ab');
    queue.update('abc');
    expect(timers.count()).toBe(1);
    expect(timers.delays()).toEqual([700]);
    expect(saved).toEqual([]);
    timers.fireAll();
    await tick();
    expect(saved).toEqual([{ content: 'abc', explicit: false }]);
    expect(statuses.at(-1)).toBe('saved');
    expect(queue.hasPending).toBe(false);
  });

  it('flush saves now, marks it explicit and cancels the timer', async () => {
    const { queue, timers, saved } = setup();
    queue.update('x');
    await queue.flush(true);
    expect(saved).toEqual([{ content: 'x', explicit: true }]);
    expect(timers.count()).toBe(0);
  });

  it('never runs two saves at once and saves an edit made during a save right after it', async () => {
    const gates: Array<ReturnType<typeof deferred>> = [];
    let running = 0;
    let maxRunning = 0;
    const { queue, saved } = setup(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
      running--;
    });
    queue.update('first');
    const firstFlush = queue.flush(false);
    await tick();
    queue.update('second');
    const secondFlush = queue.flush(false);
    await tick();
    expect(saved.map((entry) => entry.content)).toEqual(['first']);
    gates[0]!.resolve();
    await tick();
    expect(saved.map((entry) => entry.content)).toEqual(['first', 'second']);
    gates[1]!.resolve();
    await Promise.all([firstFlush, secondFlush]);
    expect(maxRunning).toBe(1);
    expect(queue.hasPending).toBe(false);
  });

  it('keeps the content after a failed save so a retry sends it again', async () => {
    let fail = true;
    const { queue, saved, statuses } = setup(async () => {
      if (fail) throw new Error('disk full');
    });
    queue.update('keep me');
    await expect(queue.flush(true)).rejects.toThrow('disk full');
    expect(statuses.at(-1)).toBe('error');
    expect(queue.pendingContent).toBe('keep me');
    fail = false;
    await queue.flush(false);
    // The retry still carries the explicit request of the failed Ctrl+S.
    expect(saved.at(-1)).toEqual({ content: 'keep me', explicit: true });
    expect(queue.pendingContent).toBeNull();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('tries a failed save again by itself until the store takes it', async () => {
    let failures = 2;
    const { queue, timers, saved, statuses } = setup(async () => {
      if (failures-- > 0) throw new Error('SQLITE_FULL');
    });
    queue.update('bản nháp');
    timers.fireAll(); // the debounce
    await tick();
    expect(statuses.at(-1)).toBe('error');
    expect(timers.delays()).toEqual([5000]);
    timers.fireAll(); // first retry fails too and schedules the next
    await tick();
    expect(timers.delays()).toEqual([5000]);
    timers.fireAll();
    await tick();
    expect(saved.map((entry) => entry.content)).toEqual(['bản nháp', 'bản nháp', 'bản nháp']);
    expect(statuses.at(-1)).toBe('saved');
    expect(timers.count()).toBe(0);
  });

  it('a failed save does not overwrite a newer edit made while it ran', async () => {
    const gate = deferred();
    const { queue } = setup(async (content) => {
      if (content === 'old') await gate.promise;
    });
    queue.update('old');
    const flushing = queue.flush(false);
    await tick();
    queue.update('new');
    gate.reject(new Error('offline'));
    await expect(flushing).rejects.toThrow('offline');
    expect(queue.pendingContent).toBe('new');
  });

  it('flush with nothing pending does not call save', async () => {
    const { queue, saved } = setup();
    await queue.flush(true);
    expect(saved).toEqual([]);
  });
});
