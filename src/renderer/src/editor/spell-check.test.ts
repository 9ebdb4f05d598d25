import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, Plugin, TextSelection } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { bodySchemaExtensions } from './body-schema';
import { spellCheckKey, spellDecorations, updateSpellDecorations } from './spell-check';

const schema = getSchema(bodySchemaExtensions());
const plugin = new Plugin<DecorationSet>({
  key: spellCheckKey,
  state: { init: (_c, state) => spellDecorations(state.doc), apply: (tr, set) => updateSpellDecorations(set, tr) },
});
const para = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const underlined = (state: EditorState) =>
  (spellCheckKey.getState(state)?.find() ?? []).map((d) => state.doc.textBetween(d.from, d.to)).sort();

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
      state = state.apply(state.tr.insertText(text, pos));
    };
    type(state.doc.content.size - 1, ' hôm nayy');
    expect(underlined(state)).toEqual(['thamm', 'kêt', 'nayy'].sort());
    // fix "kêt" → "kết" by replacing it
    const kêt = state.doc.textBetween(0, state.doc.content.size).indexOf('kêt');
    state = state.apply(state.tr.insertText('kết', 1 + kêt, 1 + kêt + 3));
    // split the second paragraph
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 25)).split(25));
    const full = spellDecorations(state.doc).find().map((d) => state.doc.textBetween(d.from, d.to)).sort();
    expect(underlined(state)).toEqual(full);
    expect(full).not.toContain('kêt');
  });

  it('leaves the user dictionary\'s words alone, typed or already there, in any case', () => {
    const words = new Set(['đắk', 'lắk']);
    const withWords = new Plugin<DecorationSet>({
      key: spellCheckKey,
      state: { init: (_c, state) => spellDecorations(state.doc, words), apply: (tr, set) => updateSpellDecorations(set, tr, words) },
    });
    let state = EditorState.create({ doc: PmNode.fromJSON(schema, { type: 'doc', content: [para('Tỉnh Đắk Lắk có buôn Êđê')] }), plugins: [withWords] });
    expect(underlined(state)).toEqual(['Êđê']);
    state = state.apply(state.tr.insertText(' ĐẮK nayy', state.doc.content.size - 1));
    expect(underlined(state)).toEqual(['nayy', 'Êđê'].sort());
    // The dictionary changed (a word added from the menu): the meta rechecks every block.
    words.add('êđê');
    state = state.apply(state.tr.setMeta(spellCheckKey, 'user-words'));
    expect(underlined(state)).toEqual(['nayy']);
  });
});
