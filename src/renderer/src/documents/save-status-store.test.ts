import { describe, expect, it } from 'vitest';
import { createSaveStatusStore } from './save-status-store';

describe('save status store', () => {
  it('tells its view only when the state changes, not at each edit while dirty', () => {
    const store = createSaveStatusStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().state));
    store.update({ state: 'dirty' });
    store.update({ state: 'dirty' });
    store.update({ state: 'saving' });
    store.update({ state: 'saved', at: new Date('2026-12-07T05:00:00.000Z') });
    expect(seen).toEqual(['dirty', 'saving', 'saved']);
    unsubscribe();
    store.update({ state: 'dirty' });
    expect(seen).toHaveLength(3);
    expect(store.get().state).toBe('dirty');
  });
});
