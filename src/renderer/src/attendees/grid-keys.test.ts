import { describe, expect, it } from 'vitest';
import { gridKeyAction, type GridAction, type KeyContext, type KeyInput } from './grid-keys';

const ctx = (over: Partial<KeyContext> = {}): KeyContext => ({
  editing: false,
  cursor: { row: 2, col: 1 },
  top: 2,
  bottom: 2,
  rowCount: 5,
  colCount: 8,
  page: 10,
  firstCol: 1,
  cursorKind: 'text',
  ...over,
});
const key = (name: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: name, ctrl: false, shift: false, alt: false, ...mods });

describe('grid key map', () => {
  const cases: Array<[string, KeyInput, Partial<KeyContext>, GridAction]> = [
    ['Ctrl+Enter adds a row below the cursor', key('Enter', { ctrl: true }), {}, { type: 'insertRow', at: 3 }],
    ['Ctrl+Enter below a selected block', key('Enter', { ctrl: true }), { top: 1, bottom: 3 }, { type: 'insertRow', at: 4 }],
    ['Ctrl+Enter while editing keeps the cell and adds below it', key('Enter', { ctrl: true }), { editing: true }, { type: 'insertRow', at: 3 }],
    ['Ctrl+Enter in an empty list', key('Enter', { ctrl: true }), { rowCount: 0, cursor: { row: 0, col: 1 }, top: 0, bottom: 0 }, { type: 'insertRow', at: 0 }],
    ['Enter starts editing', key('Enter'), {}, { type: 'edit' }],
    ['F2 starts editing', key('F2'), {}, { type: 'edit' }],
    ['Enter while editing commits and goes down', key('Enter'), { editing: true }, { type: 'commit', to: { row: 3, col: 1 } }],
    ['Tab while editing commits and goes right', key('Tab'), { editing: true }, { type: 'commit', to: { row: 2, col: 2 } }],
    ['Shift+Tab while editing goes left', key('Tab', { shift: true }), { editing: true, cursor: { row: 2, col: 3 } }, { type: 'commit', to: { row: 2, col: 2 } }],
    ['Tab at the last column wraps to the next row', key('Tab'), { cursor: { row: 2, col: 7 } }, { type: 'move', to: { row: 3, col: 1 }, extend: false }],
    ['Shift+Tab at the first column wraps back', key('Tab', { shift: true }), { cursor: { row: 2, col: 1 } }, { type: 'move', to: { row: 1, col: 7 }, extend: false }],
    ['Escape cancels the edit', key('Escape'), { editing: true }, { type: 'cancel' }],
    ['arrows move the caret inside the cell being edited', key('ArrowLeft'), { editing: true }, { type: 'native' }],
    ['a letter reaches the cell input (starts editing)', key('n'), {}, { type: 'native' }],
    ['a letter on STT does nothing', key('n'), { cursorKind: 'stt' }, { type: 'none' }],
    ['an input method composing keeps its key', key('Process'), {}, { type: 'native' }],
    ['a composing keydown while editing', key('a', { composing: true }), { editing: true }, { type: 'native' }],
    ['a composing Enter (IME commit) is not a grid Enter', key('Enter', { composing: true }), { editing: true }, { type: 'native' }],
    ['Space toggles Có mặt', key(' '), { cursorKind: 'check' }, { type: 'toggle' }],
    ['Space in a text cell types a space', key(' '), {}, { type: 'native' }],
    ['Ctrl+Z undoes', key('z', { ctrl: true }), {}, { type: 'undo' }],
    ['Ctrl+Shift+Z redoes', key('Z', { ctrl: true, shift: true }), {}, { type: 'redo' }],
    ['Ctrl+Y redoes', key('y', { ctrl: true }), {}, { type: 'redo' }],
    ['Ctrl+Z while editing is the input’s own undo', key('z', { ctrl: true }), { editing: true }, { type: 'native' }],
    ['Ctrl+V is a paste event', key('v', { ctrl: true }), {}, { type: 'native' }],
    ['Delete clears', key('Delete'), {}, { type: 'clear' }],
    ['Ctrl+Delete deletes rows', key('Delete', { ctrl: true }), {}, { type: 'deleteRows' }],
    ['Alt+↑ moves rows', key('ArrowUp', { alt: true }), {}, { type: 'moveRows', delta: -1 }],
    ['Shift+↓ extends', key('ArrowDown', { shift: true }), {}, { type: 'move', to: { row: 3, col: 1 }, extend: true }],
    ['Ctrl+↓ goes to the last row', key('ArrowDown', { ctrl: true }), {}, { type: 'move', to: { row: 4, col: 1 }, extend: false }],
    ['PageDown', key('PageDown'), {}, { type: 'move', to: { row: 12, col: 1 }, extend: false }],
    ['Ctrl+A selects all', key('a', { ctrl: true }), {}, { type: 'selectAll' }],
  ];
  it.each(cases)('%s', (_name, input, context, expected) => {
    expect(gridKeyAction(input, ctx(context))).toEqual(expected);
  });
});
