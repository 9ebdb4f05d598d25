/**
 * The spreadsheet-like grid of an attendee list. Virtualised with a fixed row height: only the rows
 * in view (plus a margin) are in the DOM, so 5,000 rows scroll and edit like 50. Keyboard as in
 * Excel (arrows, Tab, Enter/F2, typing starts an edit, Delete clears, Ctrl+C/V as TSV), rows added,
 * deleted and moved with Ctrl+Enter / Ctrl+Delete / Alt+↑↓, rectangular selection with Shift.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { AttendeeRow } from '../../../shared/attendee/attendee-list';
import { cellText, deleteRows, displayItems, insertRow, moveRows, parseTsv, pasteBlock, toTsv, withCell, type DisplayItem, type GridColumn } from './grid-model';

export const ROW_HEIGHT_PX = 30;
const OVERSCAN_ROWS = 6;

export interface CellPos {
  row: number;
  col: number;
}

export interface GridSelection {
  /** Inclusive row range in display order of rows (group headings excluded). */
  fromRow: number;
  toRow: number;
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
}

interface Editing {
  row: number;
  col: number;
  value: string;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function AttendeeGrid({ rows, columns, label, onEdit, onUndo, onRedo, newId, onSelection }: AttendeeGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<CellPos>({ row: 0, col: 1 });
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(600);
  const dragging = useRef(false);

  const items = useMemo(() => displayItems(rows), [rows]);
  /** Position (in items) of each row index: where it is drawn. */
  const itemOfRow = useMemo(() => {
    const positions: number[] = [];
    items.forEach((item, position) => {
      if (item.kind === 'row') positions[item.index] = position;
    });
    return positions;
  }, [items]);
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

  /** Scrolls so the cursor's row is in view below the sticky header. */
  const reveal = useCallback(
    (row: number) => {
      const element = scrollRef.current;
      const position = itemOfRow[row];
      if (!element || position === undefined) return;
      const top = position * ROW_HEIGHT_PX;
      const visibleTop = element.scrollTop;
      const visibleBottom = element.scrollTop + element.clientHeight - ROW_HEIGHT_PX * 2;
      if (top < visibleTop) element.scrollTop = top;
      else if (top > visibleBottom) element.scrollTop = top - element.clientHeight + ROW_HEIGHT_PX * 2;
    },
    [itemOfRow],
  );

  const moveTo = useCallback(
    (next: CellPos, extend: boolean) => {
      const target = { row: clamp(next.row, 0, Math.max(0, lastRow)), col: clamp(next.col, 0, lastCol) };
      setCursor(target);
      if (!extend) setAnchor(target);
      reveal(target.row);
    },
    [lastRow, lastCol, reveal],
  );

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  const commit = useCallback(
    (edit: Editing) => {
      const row = rows[edit.row];
      const column = columns[edit.col];
      if (!row || !column) return;
      const next = withCell(row, column, edit.value);
      if (next !== row) onEdit(rows.map((item, index) => (index === edit.row ? next : item)));
    },
    [rows, columns, onEdit],
  );

  const startEdit = (initial?: string) => {
    const row = rows[cursor.row];
    const column = columns[cursor.col];
    if (!row || !column || column.kind === 'stt') return;
    if (column.kind === 'check') {
      onEdit(rows.map((item, index) => (index === cursor.row ? { ...item, present: !item.present } : item)));
      return;
    }
    setEditing({ row: cursor.row, col: cursor.col, value: initial ?? cellText(row, column, cursor.row + 1) });
  };

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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return; // the cell editor handles its own keys
    const ctrl = event.ctrlKey || event.metaKey;
    const page = Math.max(1, Math.floor(viewportPx / ROW_HEIGHT_PX) - 2);
    const key = event.key;
    let handled = true;
    if (ctrl && (key === 'z' || key === 'Z') && !event.shiftKey) onUndo();
    else if (ctrl && (key === 'y' || ((key === 'z' || key === 'Z') && event.shiftKey))) onRedo();
    else if (ctrl && key === 'a') {
      setAnchor({ row: 0, col: 0 });
      setCursor({ row: lastRow, col: lastCol });
    } else if (ctrl && key === 'Enter') {
      const at = rows.length === 0 ? 0 : selection.bottom + 1;
      onEdit(insertRow(rows, at, newId()));
      moveTo({ row: at, col: 1 }, false);
    } else if (ctrl && (key === 'Delete' || key === '-')) {
      if (rows.length > 0) onEdit(deleteRows(rows, selectedRowSet()));
      moveTo({ row: selection.top, col: cursor.col }, false);
    } else if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const delta = key === 'ArrowUp' ? -1 : 1;
      const indices = [...selectedRowSet()];
      const moved = moveRows(rows, indices, delta);
      if (moved.moved) {
        onEdit(moved.rows);
        setAnchor((current) => ({ ...current, row: current.row + delta }));
        setCursor((current) => ({ ...current, row: current.row + delta }));
        reveal(cursor.row + delta);
      }
    } else if (key === 'ArrowDown') moveTo({ row: ctrl ? lastRow : cursor.row + 1, col: cursor.col }, event.shiftKey);
    else if (key === 'ArrowUp') moveTo({ row: ctrl ? 0 : cursor.row - 1, col: cursor.col }, event.shiftKey);
    else if (key === 'ArrowRight') moveTo({ row: cursor.row, col: ctrl ? lastCol : cursor.col + 1 }, event.shiftKey);
    else if (key === 'ArrowLeft') moveTo({ row: cursor.row, col: ctrl ? 0 : cursor.col - 1 }, event.shiftKey);
    else if (key === 'PageDown') moveTo({ row: cursor.row + page, col: cursor.col }, event.shiftKey);
    else if (key === 'PageUp') moveTo({ row: cursor.row - page, col: cursor.col }, event.shiftKey);
    else if (key === 'Home') moveTo({ row: ctrl ? 0 : cursor.row, col: 0 }, event.shiftKey);
    else if (key === 'End') moveTo({ row: ctrl ? lastRow : cursor.row, col: lastCol }, event.shiftKey);
    else if (key === 'Tab') {
      const forward = !event.shiftKey;
      const col = cursor.col + (forward ? 1 : -1);
      if (col > lastCol) moveTo({ row: cursor.row + 1, col: 1 }, false);
      else if (col < 0) moveTo({ row: cursor.row - 1, col: lastCol }, false);
      else moveTo({ row: cursor.row, col }, false);
    } else if (key === 'Enter' || key === 'F2') startEdit();
    else if (key === ' ' && columns[cursor.col]?.kind === 'check') startEdit();
    else if (key === 'Delete' || key === 'Backspace') clearSelection();
    else if (key.length === 1 && !ctrl && !event.altKey) startEdit(key);
    // A Vietnamese input method composing (Telex/VNI through the OS IME): open the cell editor empty so
    // the composed text lands in it instead of being lost on the grid.
    else if (key === 'Process' || key === 'Dead') {
      startEdit('');
      handled = false; // the input method keeps its keystroke
    }
    else handled = false;
    if (handled) event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const block = parseTsv(text);
    const startRow = rows.length === 0 ? 0 : selection.top;
    onEdit(pasteBlock(rows, columns, startRow, selection.left, block, newId));
    setAnchor({ row: startRow, col: selection.left });
    setCursor({ row: startRow + block.length - 1, col: clamp(selection.left + Math.max(...block.map((line) => line.length)) - 1, 0, lastCol) });
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
    if (editing) {
      commit(editing);
      setEditing(null);
    }
    dragging.current = true;
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

  // The rows get one stable handler object (so memo holds); it calls the latest closures through a ref.
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;
  const latest = useRef<RowHandlers | null>(null);
  latest.current = {
    onMouseDown: onCellMouseDown,
    onMouseEnter: (row, col) => {
      if (dragging.current && !editingRef.current) moveTo({ row, col }, true);
    },
    onDoubleClick: () => startEdit(),
    onEditChange: (value) => setEditing((current) => (current ? { ...current, value } : current)),
    onEditDone: (how) => {
      const edit = editingRef.current;
      if (!edit) return;
      // Cleared before focus moves: the input's blur must not commit a second time.
      editingRef.current = null;
      if (how !== 'cancel') commit(edit);
      setEditing(null);
      focusGrid();
      if (how === 'down') moveTo({ row: edit.row + 1, col: edit.col }, false);
      if (how === 'right') moveTo({ row: edit.row, col: Math.min(lastCol, edit.col + 1) }, false);
      if (how === 'left') moveTo({ row: edit.row, col: Math.max(1, edit.col - 1) }, false);
    },
  };
  const rowHandlers = useMemo<RowHandlers>(
    () => ({
      onMouseDown: (row, col, shift) => latest.current?.onMouseDown(row, col, shift),
      onMouseEnter: (row, col) => latest.current?.onMouseEnter(row, col),
      onDoubleClick: () => latest.current?.onDoubleClick(),
      onEditChange: (value) => latest.current?.onEditChange(value),
      onEditDone: (how) => latest.current?.onEditDone(how),
    }),
    [],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewportPx) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
  const visible: Array<{ item: DisplayItem; position: number }> = [];
  for (let position = first; position < last; position++) visible.push({ item: items[position]!, position });
  // Keys recycle a fixed pool of slots: a row scrolled out hands its DOM to the row scrolled in, so
  // scrolling updates text in place instead of building new elements (the costly part of a frame).
  const slotCount = Math.ceil(viewportPx / ROW_HEIGHT_PX) + 2 * OVERSCAN_ROWS + 2;

  return (
    <div
      ref={scrollRef}
      className="att-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
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
      <div className="att-grid-body" style={{ height: items.length * ROW_HEIGHT_PX, width: totalWidthPx }}>
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
              editing={editing && editing.row === item.index ? editing : null}
              handlers={rowHandlers}
            />
          ),
        )}
      </div>
    </div>
  );
}

interface GridRowProps {
  row: AttendeeRow;
  rowIndex: number;
  stt: number;
  top: number;
  columns: readonly GridColumn[];
  widthPx: number;
  /** First selected column in this row, -1 when the row is not selected. */
  selLeft: number;
  selRight: number;
  cursorCol: number;
  editing: Editing | null;
  handlers: RowHandlers;
}

interface RowHandlers {
  onMouseDown(row: number, col: number, shift: boolean): void;
  onMouseEnter(row: number, col: number): void;
  onDoubleClick(): void;
  onEditChange(value: string): void;
  onEditDone(how: 'down' | 'right' | 'left' | 'blur' | 'cancel'): void;
}

/** One row; memoised so an edit re-renders that row only (the props of the others stay equal). */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, rowIndex, stt, top, columns, widthPx, selLeft, selRight, cursorCol, editing, handlers } = props;
  return (
    <div className={`att-row${row.present ? '' : ' att-absent'}`} role="row" aria-rowindex={rowIndex + 2} style={{ transform: `translateY(${top}px)`, width: widthPx }}>
      {columns.map((column, col) => {
        const selected = selLeft >= 0 && col >= selLeft && col <= selRight;
        const isCursor = col === cursorCol;
        const className = `att-cell att-${column.kind}${selected ? ' att-selected' : ''}${isCursor ? ' att-cursor' : ''}`;
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={col + 1}
            aria-selected={selected}
            className={className}
            style={{ width: column.widthPx }}
            onMouseDown={(event) => {
              if (event.button !== 0 || (editing && editing.col === col)) return;
              event.preventDefault();
              handlers.onMouseDown(rowIndex, col, event.shiftKey);
              (event.currentTarget.closest('.att-grid') as HTMLElement | null)?.focus({ preventScroll: true });
            }}
            onMouseEnter={() => handlers.onMouseEnter(rowIndex, col)}
            onDoubleClick={handlers.onDoubleClick}
          >
            {editing && editing.col === col ? (
              <input
                className="att-editor"
                autoFocus
                value={editing.value}
                aria-label={column.label}
                onChange={(event) => handlers.onEditChange(event.target.value)}
                onBlur={() => handlers.onEditDone('blur')}
                onKeyDown={(event) => {
                  event.stopPropagation();
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    handlers.onEditDone('down');
                  } else if (event.key === 'Tab') {
                    event.preventDefault();
                    handlers.onEditDone(event.shiftKey ? 'left' : 'right');
                  } else if (event.key === 'Escape') {
                    event.preventDefault();
                    handlers.onEditDone('cancel');
                  }
                }}
              />
            ) : column.kind === 'check' ? (
              row.present ? '✓' : 'vắng'
            ) : (
              cellText(row, column, stt)
            )}
          </div>
        );
      })}
    </div>
  );
});
