/** Time source for the store; tests pass a fixed one. Timestamps are UTC ISO (sync-ready). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Strictly increasing ISO timestamps, so two saves in one millisecond still order. */
export function isoNow(clock: Clock, previous?: string): string {
  const now = clock.now().toISOString();
  if (previous && now <= previous) return new Date(Date.parse(previous) + 1).toISOString();
  return now;
}
