/**
 * Autosave for one document: edits are debounced (docs/ui-conventions.md: saved ≤ 1 s after typing stops), at most
 * one save runs at a time, and the newest edit always wins: an edit made while a save is running is
 * saved right after it, and a failed save keeps its content pending so a retry sends it again.
 * Pure logic (timers are injected) so it is tested under Node.
 */

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; error: unknown };

export interface SaveQueueOptions<T> {
  save(content: T, explicit: boolean): Promise<void>;
  onStatus(status: SaveStatus): void;
  debounceMs: number;
  /** After a failed save (disk full, file read-only or gone), try again this long after (default 5 s). */
  retryMs?: number;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class SaveQueue<T> {
  private pending: { content: T } | null = null;
  private explicitRequested = false;
  private running: Promise<void> | null = null;
  private timer: unknown = null;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => Date;

  constructor(private readonly options: SaveQueueOptions<T>) {
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => new Date());
  }

  /** The content not yet confirmed by the store (for the unload beacon). */
  get pendingContent(): T | null {
    return this.pending?.content ?? null;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Records an edit; the save follows after the debounce. */
  update(content: T): void {
    this.pending = { content };
    this.options.onStatus({ state: 'dirty' });
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush(false).catch(() => undefined);
    }, this.options.debounceMs);
  }

  /**
   * Saves whatever is pending now and resolves when the store holds the newest edit.
   * Rejects with the store's error if the last attempt failed (the content stays pending).
   */
  async flush(explicit = true): Promise<void> {
    this.cancelTimer();
    if (explicit) this.explicitRequested = true;
    // Wait for a save in flight; its loop picks up anything that arrived meanwhile.
    while (this.running) await this.running.catch(() => undefined);
    if (!this.pending) {
      this.explicitRequested = false;
      return;
    }
    this.running = this.drain();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const taken = this.pending;
      const explicit = this.explicitRequested;
      this.explicitRequested = false;
      this.options.onStatus({ state: 'saving' });
      try {
        await this.options.save(taken.content, explicit);
      } catch (error) {
        // The content stays pending (or a newer edit replaced it) and is sent again: on the next edit,
        // Ctrl+S, or by itself after retryMs, so a disk that comes back saves the draft unasked.
        this.explicitRequested ||= explicit;
        this.options.onStatus({ state: 'error', error });
        this.scheduleRetry();
        throw error;
      }
      if (this.pending === taken) this.pending = null;
    }
    this.options.onStatus({ state: 'saved', at: this.now() });
  }

  /** Stops the timer without saving (the caller flushes or beacons the pending content). */
  dispose(): void {
    this.cancelTimer();
  }

  private scheduleRetry(): void {
    if (this.timer !== null) return;
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush(false).catch(() => undefined);
    }, this.options.retryMs ?? 5000);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }
}
