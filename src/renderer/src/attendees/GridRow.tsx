/** One row of the attendee grid; memoised so an edit re-renders that row only. */
import { memo } from 'react';
import type { AttendeeRow } from '../../../shared/attendee/attendee-list';
import { cellText, type GridColumn } from './grid-model';

export interface RowHandlers {
  onMouseDown(row: number, col: number, shift: boolean): void;
  onMouseEnter(row: number, col: number): void;
  onDoubleClick(): void;
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
  handlers: RowHandlers;
}

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, rowIndex, stt, top, columns, widthPx, selLeft, selRight, cursorCol, handlers } = props;
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
              if (event.button !== 0) return;
              // The cell input keeps the focus (typing, IME) — the click only moves the cursor.
              event.preventDefault();
              handlers.onMouseDown(rowIndex, col, event.shiftKey);
            }}
            onMouseEnter={() => handlers.onMouseEnter(rowIndex, col)}
            onDoubleClick={handlers.onDoubleClick}
          >
            {column.kind === 'check' ? (row.present ? '✓' : 'vắng') : cellText(row, column, stt)}
          </div>
        );
      })}
    </div>
  );
});
