/**
 * The spreadsheet-like grid of an attendee list. Virtualised with a fixed row height: only the rows
 * in view (plus a margin) are in the DOM, so 5,000 rows scroll and edit like 50.
 *
 * One input sits over the cursor cell and always has the focus: invisible while moving around,
 * it becomes the cell editor as soon as something is typed into it — so the first key, and a
 * Vietnamese input method composing (Telex/VNI through composition events, as Unikey/EVKey send
 * them), land in the cell and nothing is lost to a focus change. Keys mean what grid-keys.ts says;
 * a paste goes where grid-paste.ts says (never over a person unless the clerk selected a range).
 */
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';
import type { AttendeeRow } from '../../../shared/attendee/attendee-list';
import { cellText, deleteRows, gridLayout, insertRow, itemAt, layoutSize, moveRows, parseTsv, positionOfRow, toTsv, withCell, type DisplayItem, type GridColumn } from './grid-model';
import { gridKeyAction, type GridAction, type GridPos } from './grid-keys';
import { isSingleValue, pasteAtCaret, pasteIntoRange } from './grid-paste';
import { GridRow, type RowHandlers } from './GridRow';

export const ROW_HEIGHT_PX = 30;
const OVERSCAN_ROWS = 6;
/** The column the caret goes to in a new row: Họ và tên (after STT). */
const FIRST_COL = 1;

export type CellPos = GridPos;

export interface GridSelection {
  /** Inclusive row range in display order of rows (group headings excluded). */
  fromRow: number;
  toRow: number;
}

/** What the list toolbar asks of the grid: its buttons act where the caret is and give the focus back. */
export interface GridHandle {
  insertRowBelow(): void;
  focus(): void;
}

interface AttendeeGridProps {
  rows: readonly AttendeeRow[];
  columns: readonly GridColumn[];
  label: string;
  onEdit(next: AttendeeRow[]): void;
  onUndo(): void;
  onRedo(): void;
  newId(): string;
  onSelection?(selection: GridSelection): void;
  handleRef?: Ref<GridHandle>;
}

interface Editing {
  row: number;
  col: number;
  value: string;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function AttendeeGrid({ rows, columns, label, onEdit, onUndo, onRedo, newId, onSelection, handleRef }: AttendeeGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [cursor, setCursor] = useState<CellPos>({ row: 0, col: FIRST_COL });
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: FIRST_COL });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(600);
  const dragging = useRef(false);
  const composing = useRef(false);
  const editingRef = useRef<Editing | null>(null);
  /** Enter/F2/double-click: the caret goes after the cell's text once the editor holds it. */
  const caretToEnd = useRef(false);

  editingRef.current = editing;
  const layout = useMemo(() => gridLayout(rows), [rows]);
  /** Where the cursor's row is drawn; undefined when the list is empty. */
  const cursorPosition = cursor.row < rows.length ? positionOfRow(layout, cursor.row) : undefined;
  const totalWidthPx = useMemo(() => columns.reduce((sum, column) => sum + column.widthPx, 0), [columns]);
  const lastRow = rows.length - 1;
  const lastCol = columns.length - 1;

  const selection = useMemo(
    () => ({ top: Math.min(anchor.row, cursor.row), bottom: Math.max(anchor.row, cursor.row), left: Math.min(anchor.col, cursor.col), right: Math.max(anchor.col, cursor.col) }),
    [anchor, cursor],
  );

  useEffect(() => {
    onSelection?.({ fromRow: selection.top, toRow: selection.bottom });
  }, [selection.top, selection.bottom, onSelection]);

  // Keep the cursor inside the rows when rows are deleted or replaced.
  useEffect(() => {
    if (rows.length === 0) return;
    if (cursor.row > lastRow || anchor.row > lastRow) {
      setCursor((current) => ({ ...current, row: clamp(current.row, 0, lastRow) }));
      setAnchor((current) => ({ ...current, row: clamp(current.row, 0, lastRow) }));
    }
  }, [rows.length, lastRow, cursor.row, anchor.row]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewportPx(element.clientHeight));
    observer.observe(element);
    setViewportPx(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  // The cursor's row is scrolled into view after every move, including onto a row just added.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const position = cursorPosition;
    if (!element || position === undefined) return;
    const top = position * ROW_HEIGHT_PX;
    const visibleBottom = element.scrollTop + element.clientHeight - ROW_HEIGHT_PX * 2;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top > visibleBottom) element.scrollTop = top - element.clientHeight + ROW_HEIGHT_PX * 2;
  }, [cursorPosition, layout]);

  /** Moves the cursor; `rowCount` when rows were just added or removed in the same step. */
  const moveTo = useCallback(
    (next: CellPos, extend: boolean, rowCount = rows.length) => {
      const target = { row: clamp(next.row, 0, Math.max(0, rowCount - 1)), col: clamp(next.col, 0, lastCol) };
      setCursor(target);
      if (!extend) setAnchor(target);
    },
    [rows.length, lastCol],
  );

  const focusInput = useCallback(() => inputRef.current?.focus({ preventScroll: true }), []);

  /** The rows with this edit applied (a first row is made when the list is empty). */
  const rowsWithEdit = useCallback(
    (edit: Editing): AttendeeRow[] => {
      const base = rows.length === 0 && edit.row === 0 ? insertRow(rows, 0, newId()) : rows;
      const row = base[edit.row];
      const column = columns[edit.col];
      if (!row || !column) return base as AttendeeRow[];
      const next = withCell(row, column, edit.value);
      if (next === row) return base as AttendeeRow[];
      const out = base.slice();
      out[edit.row] = next;
      return out;
    },
    [rows, columns, newId],
  );

  /** Commits the edit (one undo step when it changed anything); returns the rows after it. */
  const commit = useCallback(
    (edit: Editing): AttendeeRow[] => {
      const next = rowsWithEdit(edit);
      if (next !== rows) onEdit(next);
      return next;
    },
    [rows, rowsWithEdit, onEdit],
  );

  const finishEditing = useCallback(
    (keep: boolean): AttendeeRow[] => {
      const edit = editingRef.current;
      editingRef.current = null;
      setEditing(null);
      return edit && keep ? commit(edit) : (rows as AttendeeRow[]);
    },
    [commit, rows],
  );

  const startEdit = () => {
    const row = rows[cursor.row];
    const column = columns[cursor.col];
    if (!column || column.kind === 'stt' || column.kind === 'check') return;
    const value = row ? cellText(row, column, cursor.row + 1) : '';
    caretToEnd.current = true;
    setEditing({ row: cursor.row, col: cursor.col, value });
  };

  // In the same commit as the edit starts, not a frame later: a Ctrl+A pressed right after Enter
  // must not be undone by a late caret move (the clerk's next keys would then append, not replace).
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!editing || !caretToEnd.current || !input) return;
    caretToEnd.current = false;
    input.setSelectionRange(input.value.length, input.value.length);
  }, [editing]);

  const selectedRowSet = () => {
    const set = new Set<number>();
    for (let index = selection.top; index <= selection.bottom; index++) set.add(index);
    return set;
  };

  const clearSelection = () => {
    const next = rows.map((row, index) => {
      if (index < selection.top || index > selection.bottom) return row;
      let out = row;
      for (let col = selection.left; col <= selection.right; col++) {
        const column = columns[col];
        if (column && column.kind !== 'stt' && column.kind !== 'check') out = withCell(out, column, '');
      }
      return out;
    });
    onEdit(next);
  };

  const addRowAt = (at: number) => {
    const base = finishEditing(true);
    const next = insertRow(base, clamp(at, 0, base.length), newId());
    onEdit(next);
    moveTo({ row: clamp(at, 0, base.length), col: FIRST_COL }, false, next.length);
    focusInput();
  };

  const perform = (action: GridAction): boolean => {
    switch (action.type) {
      case 'native':
        return false;
      case 'none':
        return true;
      case 'undo':
        onUndo();
        return true;
      case 'redo':
        onRedo();
        return true;
      case 'selectAll':
        setAnchor({ row: 0, col: 0 });
        setCursor({ row: Math.max(0, lastRow), col: lastCol });
        return true;
      case 'insertRow':
        addRowAt(action.at);
        return true;
      case 'deleteRows':
        if (rows.length > 0) {
          const next = deleteRows(rows, selectedRowSet());
          onEdit(next);
          moveTo({ row: selection.top, col: cursor.col }, false, next.length);
        }
        return true;
      case 'moveRows': {
        const moved = moveRows(rows, [...selectedRowSet()], action.delta);
        if (moved.moved) {
          onEdit(moved.rows);
          setAnchor((current) => ({ ...current, row: current.row + action.delta }));
          setCursor((current) => ({ ...current, row: current.row + action.delta }));
        }
        return true;
      }
      case 'move':
        moveTo(action.to, action.extend);
        return true;
      case 'edit':
        startEdit();
        return true;
      case 'toggle':
        onEdit(rows.map((item, index) => (index === cursor.row ? { ...item, present: !item.present } : item)));
        return true;
      case 'clear':
        clearSelection();
        return true;
      case 'commit': {
        const next = finishEditing(true);
        if (action.to) moveTo(action.to, false, next.length);
        return true;
      }
      case 'cancel':
        finishEditing(false);
        return true;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewportPx / ROW_HEIGHT_PX) - 2);
    const action = gridKeyAction(
      { key: event.key, ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey, composing: event.nativeEvent.isComposing || composing.current },
      { editing: editing !== null, cursor, top: selection.top, bottom: selection.bottom, rowCount: rows.length, colCount: columns.length, page, firstCol: FIRST_COL, cursorKind: columns[cursor.col]?.kind },
    );
    if (perform(action)) event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const block = parseTsv(text);
    const singleCell = selection.top === selection.bottom && selection.left === selection.right;
    const result =
      singleCell && !isSingleValue(block)
        ? pasteAtCaret(rows, columns, rows.length === 0 ? 0 : cursor.row, cursor.col, block, newId)
        : pasteIntoRange(rows, columns, rows.length === 0 ? 0 : selection.top, selection.left, block, newId);
    onEdit(result.rows);
    const width = Math.max(...block.map((line) => line.length));
    setAnchor({ row: result.fromRow, col: singleCell ? cursor.col : selection.left });
    setCursor({ row: result.toRow, col: clamp((singleCell ? cursor.col : selection.left) + width - 1, 0, lastCol) });
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const block: string[][] = [];
    for (let row = selection.top; row <= selection.bottom; row++) {
      const item = rows[row];
      if (!item) continue;
      const line: string[] = [];
      for (let col = selection.left; col <= selection.right; col++) line.push(cellText(item, columns[col]!, row + 1));
      block.push(line);
    }
    event.clipboardData.setData('text/plain', toTsv(block));
    event.preventDefault();
  };

  const onCellMouseDown = (row: number, col: number, shift: boolean) => {
    finishEditing(true);
    dragging.current = true;
    focusInput();
    if (columns[col]?.kind === 'stt') {
      // A click on STT selects the whole row (Shift extends).
      if (!shift) setAnchor({ row, col: 0 });
      setCursor({ row, col: lastCol });
      return;
    }
    moveTo({ row, col }, shift);
  };

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  useImperativeHandle(handleRef, () => ({
    insertRowBelow: () => addRowAt(rows.length === 0 ? 0 : selection.bottom + 1),
    focus: focusInput,
  }));

  // The rows get one stable handler object (so memo holds); it calls the latest closures through a ref.
  const latest = useRef<RowHandlers | null>(null);
  latest.current = {
    onMouseDown: onCellMouseDown,
    onMouseEnter: (row, col) => {
      if (dragging.current && !editingRef.current) moveTo({ row, col }, true);
    },
    onDoubleClick: () => startEdit(),
  };
  const rowHandlers = useMemo<RowHandlers>(
    () => ({
      onMouseDown: (row, col, shift) => latest.current?.onMouseDown(row, col, shift),
      onMouseEnter: (row, col) => latest.current?.onMouseEnter(row, col),
      onDoubleClick: () => latest.current?.onDoubleClick(),
    }),
    [],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const drawnCount = layoutSize(layout);
  const last = Math.min(drawnCount, Math.ceil((scrollTop + viewportPx) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
  const visible: Array<{ item: DisplayItem; position: number }> = [];
  for (let position = first; position < last; position++) visible.push({ item: itemAt(layout, position)!, position });
  // Keys recycle a fixed pool of slots: a row scrolled out hands its DOM to the row scrolled in, so
  // scrolling updates text in place instead of building new elements (the costly part of a frame).
  const slotCount = Math.ceil(viewportPx / ROW_HEIGHT_PX) + 2 * OVERSCAN_ROWS + 2;

  const cursorColumn = columns[cursor.col];
  const inputLeft = columns.slice(0, cursor.col).reduce((sum, column) => sum + column.widthPx, 0);
  const inputTop = (cursorPosition ?? 0) * ROW_HEIGHT_PX;

  return (
    <div
      ref={scrollRef}
      className="att-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      tabIndex={-1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) focusInput();
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
      onScroll={(event) => {
        // Only a new first row changes what is drawn: scrolling within a row renders nothing.
        const rowTop = Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT_PX) * ROW_HEIGHT_PX;
        if (rowTop !== scrollTop) setScrollTop(rowTop);
      }}
    >
      <div className="att-grid-header" role="row" style={{ width: totalWidthPx }}>
        {columns.map((column, col) => (
          <div key={column.key} role="columnheader" className="att-cell att-head" style={{ width: column.widthPx }} aria-colindex={col + 1}>
            {column.label}
          </div>
        ))}
      </div>
      <div className="att-grid-body" style={{ height: Math.max(1, drawnCount) * ROW_HEIGHT_PX, width: totalWidthPx }}>
        {visible.map(({ item, position }) =>
          item.kind === 'group' ? (
            <div key={`g${position % slotCount}`} className="att-row att-group-row" role="row" style={{ transform: `translateY(${position * ROW_HEIGHT_PX}px)`, width: totalWidthPx }}>
              <div className="att-cell att-group" role="gridcell" style={{ width: totalWidthPx }}>
                {item.group}
              </div>
            </div>
          ) : (
            <GridRow
              key={`r${position % slotCount}`}
              row={rows[item.index]!}
              rowIndex={item.index}
              stt={item.stt}
              top={position * ROW_HEIGHT_PX}
              columns={columns}
              widthPx={totalWidthPx}
              selLeft={item.index >= selection.top && item.index <= selection.bottom ? selection.left : -1}
              selRight={item.index >= selection.top && item.index <= selection.bottom ? selection.right : -1}
              cursorCol={item.index === cursor.row ? cursor.col : -1}
              handlers={rowHandlers}
            />
          ),
        )}
        <input
          ref={inputRef}
          className={`att-editor${editing ? ' att-editing' : ''}`}
          data-testid="grid-cell-input"
          aria-label={cursorColumn?.label ?? label}
          autoComplete="off"
          spellCheck={false}
          style={{ transform: `translate(${inputLeft}px, ${inputTop}px)`, width: cursorColumn?.widthPx ?? 0 }}
          value={editing?.value ?? ''}
          onCompositionStart={() => {
            composing.current = true;
            if (!editingRef.current && cursorColumn && cursorColumn.kind !== 'stt' && cursorColumn.kind !== 'check') {
              const edit = { row: cursor.row, col: cursor.col, value: '' };
              editingRef.current = edit;
              setEditing(edit);
            }
          }}
          onCompositionEnd={() => {
            composing.current = false;
          }}
          onChange={(event) => {
            const value = event.target.value;
            if (!cursorColumn || cursorColumn.kind === 'stt' || cursorColumn.kind === 'check') return;
            setEditing((current) => (current ? { ...current, value } : { row: cursor.row, col: cursor.col, value }));
          }}
          onBlur={() => {
            if (editingRef.current && !composing.current) finishEditing(true);
          }}
        />
      </div>
    </div>
  );
}
