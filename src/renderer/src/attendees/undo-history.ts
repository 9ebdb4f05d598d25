/** Undo/redo for the grid: a bounded stack of immutable snapshots (rows arrays share unchanged rows). */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** Enough for an afternoon of edits; each snapshot costs one array of references. */
export const HISTORY_LIMIT = 200;

export function initialHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
