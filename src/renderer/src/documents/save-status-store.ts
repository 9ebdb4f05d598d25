/**
 * The save status outside React state: when it flips (the first key after a save makes it "Chưa lưu")
 * only the status view re-renders, not the whole document page with its sheet and panels.
 */
import { nextStatus } from './draft';
import type { SaveStatus } from './save-queue';

export interface SaveStatusStore {
  get(): SaveStatus;
  subscribe(listener: () => void): () => void;
  update(next: SaveStatus): void;
}

export function createSaveStatusStore(): SaveStatusStore {
  let status: SaveStatus = { state: 'idle' };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (next) => {
      const merged = nextStatus(status, next);
      if (merged === status) return;
      status = merged;
      for (const listener of listeners) listener();
    },
  };
}
