/**
 * Spell check in the editor: unknown syllables (shared/text/spelling) underlined by decorations.
 * Incremental: after an edit only the text blocks the transaction touched are checked again, the
 * rest of the decorations are mapped through it — typing costs one paragraph's check.
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

export const spellCheckKey = new PluginKey<DecorationSet>('thuky-spell-check');

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

/** The set after a transaction: mapped, with the touched text blocks checked again. */
export function updateSpellDecorations(set: DecorationSet, tr: Transaction, userWords: ReadonlySet<string> = NO_WORDS): DecorationSet {
  // The user dictionary changed: every block is checked again (rare, on a click).
  if (tr.getMeta(spellCheckKey) === 'user-words') return spellDecorations(tr.doc, userWords);
  if (!tr.docChanged) return set;
  let next = set.map(tr.mapping, tr.doc);
  const touched = new Map<number, PmNode>();
  tr.steps.forEach((step, index) => {
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      // Ranges of later steps are mapped to the final document.
      const mapping = tr.mapping.slice(index + 1);
      const from = Math.min(mapping.map(newStart, -1), tr.doc.content.size);
      const to = Math.min(mapping.map(newEnd, 1), tr.doc.content.size);
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        touched.set(pos, node);
        return false;
      });
    });
  });
  for (const [pos, block] of touched) {
    const start = pos + 1;
    next = next.remove(next.find(start, start + block.content.size)).add(tr.doc, blockDecorations(block, start, userWords));
  }
  return next;
}

function closeMenu(): void {
  document.querySelector('.spell-menu')?.remove();
}

/** The suggestion menu for the underlined word under a right-click. */
function openMenu(view: EditorView, event: MouseEvent, options: SpellCheckOptions): boolean {
  const set = spellCheckKey.getState(view.state);
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
      new Plugin<DecorationSet>({
        key: spellCheckKey,
        state: {
          init: (_config, state) => spellDecorations(state.doc, dictionary.words()),
          apply: (tr, set) => updateSpellDecorations(set, tr, dictionary.words()),
        },
        view: (view) => {
          const recheck = () => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(spellCheckKey, 'user-words').setMeta('addToHistory', false));
          };
          const unsubscribe = dictionary.onChange(recheck);
          dictionary.load().catch(() => undefined); // without the list every unknown word is underlined, nothing lost
          return { destroy: unsubscribe };
        },
        props: {
          decorations: (state) => spellCheckKey.getState(state),
          handleDOMEvents: { contextmenu: (view, event) => openMenu(view, event, options) },
        },
      }),
    ];
  },
});
