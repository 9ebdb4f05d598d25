import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, Plugin, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodySchemaExtensions } from './body-schema';
import { initialSpellState, nextSpellState, spellCheckKey, spellDecorations, type SpellState } from './spell-check';

const schema = getSchema(bodySchemaExtensions());
const plugin = new Plugin<SpellState>({
  key: spellCheckKey,
  state: { init: (_c, state) => initialSpellState(state.doc), apply: (tr, state) => nextSpellState(state, tr) },
});
const para = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const underlined = (state: EditorState) =>
  (spellCheckKey.getState(state)?.set.find() ?? []).map((d) => state.doc.textBetween(d.from, d.to)).sort();

/** What the plugin's view does once typing pauses. */
const settle = (state: EditorState) => state.apply(state.tr.setMeta(spellCheckKey, 'recheck'));

function stateWith(...paragraphs: string[]): EditorState {
  return EditorState.create({ doc: PmNode.fromJSON(schema, { type: 'doc', content: paragraphs.map(para) }), plugins: [plugin] });
}

describe('spell check decorations', () => {
  it('underlines unknown syllables only, in NFD text too', () => {
    const state = stateWith('Hội nghị tổng kêt của MTTQ', 'người được nghiã'.normalize('NFD'), '');
    expect(underlined(state).map((w) => w.normalize('NFC'))).toEqual(['kêt', 'nghiã']);
  });

  it('stays equal to a full check while typing, fixing and splitting paragraphs', () => {
    let state = stateWith('Hội nghị tổng kêt', 'Đại biểu thamm dự', 'Kết thúc');
    const type = (pos: number, text: string) => {
      state = settle(state.apply(state.tr.insertText(text, pos)));
    };
    type(state.doc.content.size - 1, ' hôm nayy');
    expect(underlined(state)).toEqual(['thamm', 'kêt', 'nayy'].sort());
    // fix "kêt" → "kết" by replacing it
    const kêt = state.doc.textBetween(0, state.doc.content.size).indexOf('kêt');
    state = settle(state.apply(state.tr.insertText('kết', 1 + kêt, 1 + kêt + 3)));
    // split the second paragraph
    state = settle(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 25)).split(25)));
    const full = spellDecorations(state.doc).find().map((d) => state.doc.textBetween(d.from, d.to)).sort();
    expect(underlined(state)).toEqual(full);
    expect(full).not.toContain('kêt');
  });

  it('leaves the user dictionary\'s words alone, typed or already there, in any case', () => {
    const words = new Set(['đắk', 'lắk']);
    const withWords = new Plugin<SpellState>({
      key: spellCheckKey,
      state: { init: (_c, state) => initialSpellState(state.doc, words), apply: (tr, state) => nextSpellState(state, tr, words) },
    });
    let state = EditorState.create({ doc: PmNode.fromJSON(schema, { type: 'doc', content: [para('Tỉnh Đắk Lắk có buôn Êđê')] }), plugins: [withWords] });
    expect(underlined(state)).toEqual(['Êđê']);
    state = settle(state.apply(state.tr.insertText(' ĐẮK nayy', state.doc.content.size - 1)));
    expect(underlined(state)).toEqual(['nayy', 'Êđê'].sort());
    // The dictionary changed (a word added from the menu): the meta rechecks every block.
    words.add('êđê');
    state = state.apply(state.tr.setMeta(spellCheckKey, 'user-words'));
    expect(underlined(state)).toEqual(['nayy']);
  });

  it('checks typed text only when typing pauses, and the word being typed only once the cursor leaves it', () => {
    let state = stateWith('Hội nghị tổng kêt', 'Đại biểu dự');
    const end = 1 + 'Hội nghị tổng kêt'.length + 2 + 'Đại biểu dự'.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    for (const letter of ' hôm nayy') state = state.apply(state.tr.insertText(letter));
    // While typing: the old underline moved with its text, nothing was checked yet.
    expect(underlined(state)).toEqual(['kêt']);
    expect(spellCheckKey.getState(state)?.dirty.length).toBeGreaterThan(0);
    // The pause: the paragraph is checked, but "nayy" is under the cursor and not underlined yet.
    state = settle(state);
    expect(underlined(state)).toEqual(['kêt']);
    // The cursor goes elsewhere: at the next pause "nayy" is underlined, as a full check has it.
    state = settle(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2))));
    expect(underlined(state)).toEqual(['kêt', 'nayy']);
    expect(underlined(state)).toEqual(spellDecorations(state.doc).find().map((d) => state.doc.textBetween(d.from, d.to)).sort());
  });

  it('forgets a deleted paragraph that was waiting for its check', () => {
    let state = stateWith('Một hai', 'ba bốn');
    state = state.apply(state.tr.insertText(' nayy', 1 + 'Một hai'.length));
    // the first paragraph goes before the pause
    state = settle(state.apply(state.tr.delete(0, state.doc.child(0).nodeSize)));
    expect(state.doc.childCount).toBe(1);
    expect(underlined(state)).toEqual([]);
  });
});
