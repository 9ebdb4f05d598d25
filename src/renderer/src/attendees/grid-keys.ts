/**
 * The grid's keyboard as a pure function: which action a key stands for, given where the cursor is
 * and whether a cell is being edited. Excel's habits: Enter edits / commits and goes down, Tab goes
 * right, Ctrl+Enter adds a row below and puts the caret in it (also while editing: the cell is kept),
 * typing (or a Vietnamese input method composing) starts editing.
 */

export interface KeyInput {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** True while an input method composes (Telex/VNI through Unikey/EVKey): the key belongs to it. */
  composing?: boolean;
}

export interface GridPos {
  row: number;
  col: number;
}

export interface KeyContext {
  editing: boolean;
  cursor: GridPos;
  /** Rows of the selection (inclusive). */
  top: number;
  bottom: number;
  rowCount: number;
  colCount: number;
  /** Rows in one page (PageUp/PageDown). */
  page: number;
  /** The first column one types into (after STT). */
  firstCol: number;
  cursorKind: 'stt' | 'text' | 'check' | 'rank' | undefined;
}

export type GridAction =
  | { type: 'none' }
  /** Let the browser (the cell input, the input method) have the key. */
  | { type: 'native' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' }
  /** Commit the edit (if any) and add an empty row at `at`, caret in its first column. */
  | { type: 'insertRow'; at: number }
  | { type: 'deleteRows' }
  | { type: 'moveRows'; delta: -1 | 1 }
  | { type: 'move'; to: GridPos; extend: boolean }
  /** Start editing the cursor cell with its own text (F2, Enter). */
  | { type: 'edit' }
  | { type: 'toggle' }
  | { type: 'clear' }
  /** Commit the edit and move (Enter ↓, Tab →, Shift+Tab ←); `cancel` drops it. */
  | { type: 'commit'; to: GridPos | null }
  | { type: 'cancel' };

const move = (to: GridPos, extend = false): GridAction => ({ type: 'move', to, extend });

function tabTarget(ctx: KeyContext, backwards: boolean): GridPos {
  const { row, col } = ctx.cursor;
  const next = col + (backwards ? -1 : 1);
  if (next >= ctx.colCount) return { row: row + 1, col: ctx.firstCol };
  if (next < ctx.firstCol) return { row: row - 1, col: ctx.colCount - 1 };
  return { row, col: next };
}

export function gridKeyAction(input: KeyInput, ctx: KeyContext): GridAction {
  const { key, ctrl, shift, alt } = input;
  const { row, col } = ctx.cursor;
  if (input.composing || key === 'Process' || key === 'Dead') return { type: 'native' };
  const lastRow = Math.max(0, ctx.rowCount - 1);
  const lastCol = ctx.colCount - 1;

  if (ctrl && key === 'Enter') return { type: 'insertRow', at: ctx.rowCount === 0 ? 0 : (ctx.editing ? row : ctx.bottom) + 1 };

  if (ctx.editing) {
    if (key === 'Enter') return { type: 'commit', to: { row: row + 1, col } };
    if (key === 'Tab') return { type: 'commit', to: tabTarget(ctx, shift) };
    if (key === 'Escape') return { type: 'cancel' };
    return { type: 'native' };
  }

  if (ctrl && !alt && (key === 'z' || key === 'Z')) return shift ? { type: 'redo' } : { type: 'undo' };
  if (ctrl && (key === 'y' || key === 'Y')) return { type: 'redo' };
  if (ctrl && (key === 'a' || key === 'A')) return { type: 'selectAll' };
  // Ctrl+C/V/X are clipboard events, handled as such.
  if (ctrl && (key === 'c' || key === 'v' || key === 'x' || key === 'C' || key === 'V' || key === 'X')) return { type: 'native' };
  if (ctrl && (key === 'Delete' || key === '-')) return { type: 'deleteRows' };
  if (alt && (key === 'ArrowUp' || key === 'ArrowDown')) return { type: 'moveRows', delta: key === 'ArrowUp' ? -1 : 1 };

  switch (key) {
    case 'ArrowDown':
      return move({ row: ctrl ? lastRow : row + 1, col }, shift);
    case 'ArrowUp':
      return move({ row: ctrl ? 0 : row - 1, col }, shift);
    case 'ArrowRight':
      return move({ row, col: ctrl ? lastCol : col + 1 }, shift);
    case 'ArrowLeft':
      return move({ row, col: ctrl ? 0 : col - 1 }, shift);
    case 'PageDown':
      return move({ row: row + ctx.page, col }, shift);
    case 'PageUp':
      return move({ row: row - ctx.page, col }, shift);
    case 'Home':
      return move({ row: ctrl ? 0 : row, col: 0 }, shift);
    case 'End':
      return move({ row: ctrl ? lastRow : row, col: lastCol }, shift);
    case 'Tab':
      return move(tabTarget(ctx, shift));
    case 'Enter':
    case 'F2':
      return ctx.cursorKind === 'check' ? { type: 'toggle' } : { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    case ' ':
      if (ctx.cursorKind === 'check') return { type: 'toggle' };
      break;
  }
  // A printable key reaches the cell input, which starts the edit with that character.
  if (key.length === 1 && !ctrl && !alt && (ctx.cursorKind === 'stt' || ctx.cursorKind === 'check')) return { type: 'none' };
  return { type: 'native' };
}
