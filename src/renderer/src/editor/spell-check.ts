/**
 * Spell check in the editor: unknown syllables (shared/text/spelling) underlined by decorations.
 * Incremental and off the keystroke: an edit maps the underlines and marks the text blocks it touched;
 * they are checked again once typing pauses. The word being typed is underlined only when the cursor
 * leaves it (as in Word), so its letters do not flip the line's underlines at every key.
 * A right-click on an underlined word offers the suggestions in a small menu, and "Thêm vào từ
 * điển" (the user dictionary, editor/user-dictionary.ts: its words are never underlined).
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { unknownWords } from '../../../shared/text/spelling/spell-check';
import { suggestSyllables } from '../../../shared/text/spelling/suggest';
import { userWordKey } from '../../../shared/text/spelling/user-word';
import { vi, type Strings } from '../i18n/strings-vi';

/** The menu's words, in the UI language (i18n/strings-*.ts); `spellAddTip` holds "{word}". */
export type SpellMenuStrings = Pick<Strings, 'spellNoSuggestions' | 'spellAddToDictionary' | 'spellAddTip'>;

/** The user dictionary as the plugin sees it (editor/user-dictionary.ts in the app; nothing in unit tests). */
export interface SpellDictionary {
  /** Lower case NFC words that are never underlined. */
  words(): ReadonlySet<string>;
  /** Called when the words change; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  load(): Promise<void>;
  add(word: string): Promise<unknown>;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export const spellCheckKey = new PluginKey<SpellState>('thuky-spell-check');

function blockDecorations(block: PmNode, start: number, userWords: ReadonlySet<string>): Decoration[] {
  const text = block.textBetween(0, block.content.size, '\n', '\uFFFC');
  return unknownWords(text, userWords).map(({ word, index }) =>
    Decoration.inline(start + index, start + index + word.length, { class: 'spelling-error', 'data-word': word }),
  );
}

/** Decorations of every text block of a document. */
export function spellDecorations(doc: PmNode, userWords: ReadonlySet<string> = NO_WORDS): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, pos + 1, userWords));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * The plugin's state: the underlines, the text blocks waiting for a check (by the position before
 * them), and the word being typed that is left without underline until the cursor leaves it.
 */
export interface SpellState {
  set: DecorationSet;
  dirty: readonly number[];
  held: { from: number; to: number } | null;
}

/** Before the first check: the whole document at once (on open, not while typing). */
export function initialSpellState(doc: PmNode, userWords: ReadonlySet<string> = NO_WORDS): SpellState {
  return { set: spellDecorations(doc, userWords), dirty: [], held: null };
}

/** The positions before the text blocks a transaction's steps touched, in its final document. */
function touchedBlocks(tr: Transaction): number[] {
  const touched = new Set<number>();
  tr.steps.forEach((step, index) => {
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      // Ranges of later steps are mapped to the final document.
      const mapping = tr.mapping.slice(index + 1);
      const from = Math.min(mapping.map(newStart, -1), tr.doc.content.size);
      const to = Math.min(mapping.map(newEnd, 1), tr.doc.content.size);
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        touched.add(pos);
        return false;
      });
    });
  });
  return [...touched];
}

/** The empty selection's position, where a word may be in the middle of being typed. */
function cursorOf(tr: Transaction): number | null {
  return tr.selection.empty ? tr.selection.head : null;
}

/** The given blocks checked again; an unknown word under the cursor is held back (not underlined yet). */
function checkBlocks(state: SpellState, doc: PmNode, starts: Iterable<number>, cursor: number | null, userWords: ReadonlySet<string>): SpellState {
  let { set } = state;
  let held: SpellState['held'] = null;
  for (const pos of new Set(starts)) {
    const block = pos >= 0 && pos < doc.content.size ? doc.nodeAt(pos) : null;
    if (!block?.isTextblock) continue; // deleted or merged since: its text is in a block that is dirty too
    const start = pos + 1;
    const found = blockDecorations(block, start, userWords).filter((decoration) => {
      const typing = cursor !== null && decoration.from <= cursor && cursor <= decoration.to;
      if (typing) held = { from: decoration.from, to: decoration.to };
      return !typing;
    });
    set = set.remove(set.find(start, start + block.content.size)).add(doc, found);
  }
  return { set, dirty: [], held };
}

/**
 * The state after a transaction. Typing only maps the underlines and marks its blocks dirty; the
 * check itself runs when typing pauses (the plugin's view dispatches the `recheck` meta), so a key
 * costs no syllable check and no redraw of the line's underlines (docs/performance.md).
 */
export function nextSpellState(state: SpellState, tr: Transaction, userWords: ReadonlySet<string> = NO_WORDS): SpellState {
  const meta = tr.getMeta(spellCheckKey) as 'user-words' | 'recheck' | undefined;
  // The user dictionary changed: every block is checked again (rare, on a click).
  if (meta === 'user-words') return initialSpellState(tr.doc, userWords);
  if (meta === 'recheck') return checkBlocks(state, tr.doc, state.dirty, cursorOf(tr), userWords);
  if (tr.docChanged) {
    const dirty = [...state.dirty.map((pos) => tr.mapping.map(pos, -1)), ...touchedBlocks(tr)];
    const held = state.held && { from: tr.mapping.map(state.held.from, -1), to: tr.mapping.map(state.held.to, 1) };
    return { set: state.set.map(tr.mapping, tr.doc), dirty, held };
  }
  // The cursor left the word it was typing: that word's block is checked at the next pause.
  const cursor = cursorOf(tr);
  if (state.held && (cursor === null || cursor < state.held.from || cursor > state.held.to)) {
    const block = tr.doc.resolve(Math.min(state.held.from, tr.doc.content.size));
    const pos = block.depth > 0 ? block.before(block.depth) : null;
    return { ...state, dirty: pos === null ? state.dirty : [...state.dirty, pos], held: null };
  }
  return state;
}

/** How long typing must pause before the touched paragraphs are checked. */
const CHECK_AFTER_MS = 250;

function closeMenu(): void {
  document.querySelector('.spell-menu')?.remove();
}

/** The suggestion menu for the underlined word under a right-click. */
function openMenu(view: EditorView, event: MouseEvent, options: SpellCheckOptions): boolean {
  const set = spellCheckKey.getState(view.state)?.set;
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!set || !at) return false;
  const hit = set.find(at.pos, at.pos).find((d) => d.from <= at.pos && d.to >= at.pos);
  if (!hit) return false;
  event.preventDefault();
  closeMenu();
  const word = view.state.doc.textBetween(hit.from, hit.to);
  const s = options.strings();
  const menu = document.createElement('div');
  menu.className = 'spell-menu';
  menu.setAttribute('role', 'menu');
  menu.style.left = `${event.clientX}px`;
  menu.style.top = `${event.clientY}px`;
  const suggestions = suggestSyllables(word, 5);
  for (const suggestion of suggestions) {
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.textContent = suggestion;
    item.addEventListener('click', () => {
      closeMenu();
      view.dispatch(view.state.tr.insertText(suggestion, hit.from, hit.to));
      view.focus();
    });
    menu.append(item);
  }
  if (suggestions.length === 0) {
    const none = document.createElement('div');
    none.className = 'spell-menu-empty';
    none.textContent = s.spellNoSuggestions;
    menu.append(none);
  }
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'spell-menu-add';
  add.setAttribute('role', 'menuitem');
  add.textContent = s.spellAddToDictionary;
  add.title = s.spellAddTip.replace('{word}', userWordKey(word));
  add.addEventListener('click', () => {
    closeMenu();
    // The new list reaches every editor through dictionary.onChange; a refusal goes to the error banner.
    options.dictionary.add(word).catch(options.onError);
    view.focus();
  });
  menu.append(add);
  document.body.append(menu);
  setTimeout(() => document.addEventListener('mousedown', (e: MouseEvent) => !menu.contains(e.target as Node) && closeMenu(), { once: true }));
  return true;
}

export interface SpellCheckOptions {
  /** Shows a refused "Thêm vào từ điển" (the shell's error banner). */
  onError: (error: unknown) => void;
  dictionary: SpellDictionary;
  /** Read at each right-click, so a change of language applies to the next menu. */
  strings: () => SpellMenuStrings;
}

export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',
  addOptions: () => ({
    onError: () => undefined,
    dictionary: { words: () => NO_WORDS, onChange: () => () => undefined, load: () => Promise.resolve(), add: () => Promise.resolve() },
    strings: () => vi,
  }),
  addProseMirrorPlugins() {
    const options = this.options;
    const { dictionary } = options;
    return [
      new Plugin<SpellState>({
        key: spellCheckKey,
        state: {
          init: (_config, state) => initialSpellState(state.doc, dictionary.words()),
          apply: (tr, state) => nextSpellState(state, tr, dictionary.words()),
        },
        view: (view) => {
          const dispatchMeta = (meta: 'user-words' | 'recheck') => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(spellCheckKey, meta).setMeta('addToHistory', false));
          };
          const unsubscribe = dictionary.onChange(() => dispatchMeta('user-words'));
          dictionary.load().catch(() => undefined); // without the list every unknown word is underlined, nothing lost
          // One timer: each key while blocks are dirty pushes the check back, so it runs once typing pauses.
          let timer: number | undefined;
          return {
            update: (_view, previous) => {
              const dirty = spellCheckKey.getState(view.state)?.dirty;
              if (!dirty?.length || (view.state.doc === previous.doc && spellCheckKey.getState(previous)?.dirty === dirty)) return;
              window.clearTimeout(timer);
              timer = window.setTimeout(() => dispatchMeta('recheck'), CHECK_AFTER_MS);
            },
            destroy: () => {
              window.clearTimeout(timer);
              unsubscribe();
            },
          };
        },
        props: {
          decorations: (state) => spellCheckKey.getState(state)?.set,
          handleDOMEvents: { contextmenu: (view, event) => openMenu(view, event, options) },
        },
      }),
    ];
  },
});
