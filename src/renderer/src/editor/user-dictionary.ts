/**
 * The clerk's own dictionary as the renderer holds it: loaded once from dictionary.list, changed
 * through dictionary.add/remove, and every open editor told so it underlines again. The spell
 * check reads the set directly (one Set probe per word, nothing on the keystroke path).
 */
import { api } from '../api/client';
import type { SpellDictionary } from './spell-check';

let words: ReadonlySet<string> = new Set();
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function replace(list: readonly string[]): void {
  words = new Set(list);
  for (const listener of listeners) listener();
}

/** The words (lower case NFC), as last loaded. */
export function userWords(): ReadonlySet<string> {
  return words;
}

/** Called when the words change; returns the unsubscribe. */
export function onUserWordsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Loads the words once per window (an editor opening asks; later ones share the load). */
export function loadUserWords(): Promise<void> {
  loading ??= api['dictionary.list']({}).then(replace, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export async function addUserWord(word: string): Promise<readonly string[]> {
  const list = await api['dictionary.add']({ word });
  replace(list);
  return list;
}

export async function removeUserWord(word: string): Promise<readonly string[]> {
  const list = await api['dictionary.remove']({ word });
  replace(list);
  return list;
}

/** What the editor's spell check reads and calls. */
export const userDictionary: SpellDictionary = { words: userWords, onChange: onUserWordsChange, load: loadUserWords, add: addUserWord };
