/**
 * The list screen of an attendees document: toolbar (rows, groups, sort, undo, import, exports),
 * the grid, and a save status. Every change is one undo step and is saved shortly after, in one
 * transaction, as the rows changed since the last save (list-save.ts); an import adds its rows as one
 * undoable step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AttendeeList, AttendeeRow } from '../../../shared/attendee/attendee-list';
import type { ImportPreview } from '../../../shared/attendee/import-preview';
import type { Person } from '../../../shared/attendee/person';
import { sortRows, type RowOrder } from '../../../shared/attendee/row-order';
import { api } from '../api/client';
import { AttendeeGrid, type GridHandle, type GridSelection } from './AttendeeGrid';
import { downloadBase64, EXPORT_MIME } from './file-bytes';
import { deleteRows, gridColumns, moveRows, normaliseOrder } from './grid-model';
import { ImportDialog } from './ImportDialog';
import { PeoplePicker, personRow } from './PeoplePicker';
import { useListStrings } from './strings';
import { announceDataSaved } from './use-printed-body';
import { saveListSnapshot, type ListSnapshot, type SavedBase } from './list-save';
import { initialHistory, record, redo, undo, type History } from './undo-history';
import './attendees.css';
import { formatClockTime } from '../documents/document-groups';

const SAVE_DELAY_MS = 700;

type Snapshot = ListSnapshot;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

function newRowId(): string {
  return crypto.randomUUID();
}

/** The list of a document (its Danh sách tab), or a list by its own id (an event's attendees, before or after its list document exists). */
export type ListSource = { documentId: string } | { listId: string };

export function AttendeeWorkspace({ source, onError }: { source: ListSource; onError(error: unknown): void }) {
  const sourceKey = 'listId' in source ? `list:${source.listId}` : `doc:${source.documentId}`;
  const s = useListStrings();
  const [list, setList] = useState<AttendeeList | null>(null);
  const [history, setHistory] = useState<History<Snapshot> | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [selection, setSelection] = useState<GridSelection>({ fromRow: 0, toRow: 0 });
  const [importFile, setImportFile] = useState<File | null>(null);
  const [newGroup, setNewGroup] = useState('');
  const [picking, setPicking] = useState(false);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const grid = useRef<GridHandle>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<Snapshot | null>(null);
  /** What the store holds after the last save of ours (the base of the next row diff). */
  const savedBase = useRef<SavedBase | null>(null);

  useEffect(() => {
    let cancelled = false;
    api['attendees.get']('listId' in source ? { listId: source.listId } : { documentId: source.documentId }).then(
      (loaded) => {
        if (cancelled) return;
        const snapshot = { rows: normaliseOrder(loaded.rows, loaded.groups), groups: loaded.groups, extraColumns: loaded.extraColumns };
        lastSaved.current = snapshot;
        savedBase.current = { snapshot, updatedAt: loaded.updatedAt };
        setList(loaded);
        setHistory(initialHistory(snapshot));
      },
      (error: unknown) => !cancelled && onError(error),
    );
    return () => {
      cancelled = true;
    };
    // The source is read through its key: a new object with the same id must not reload the list.
  }, [sourceKey, onError]);

  const present = history?.present ?? null;

  const saveNow = useCallback(
    async (snapshot: Snapshot) => {
      if (!list) return;
      setSave({ kind: 'saving' });
      try {
        const updatedAt = await saveListSnapshot(list, savedBase.current, snapshot);
        savedBase.current = { snapshot, updatedAt };
        lastSaved.current = snapshot;
        if (list.documentId) announceDataSaved(list.documentId);
        setSave({ kind: 'saved', at: formatClockTime(new Date()) });
      } catch (error) {
        setSave({ kind: 'failed' });
        onError(error);
      }
    },
    [list, onError],
  );

  // Saves the current snapshot shortly after the last change (and on leaving the screen).
  useEffect(() => {
    if (!present || present === lastSaved.current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    // Said at once: "Đã lưu" must never show while a change is still waiting to be saved.
    setSave({ kind: 'saving' });
    saveTimer.current = setTimeout(() => void saveNow(present), SAVE_DELAY_MS);
    return () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    };
  }, [present, saveNow]);
  const presentRef = useRef(present);
  presentRef.current = present;
  useEffect(
    () => () => {
      const pending = presentRef.current;
      if (pending && pending !== lastSaved.current) void saveNow(pending);
    },
    [saveNow],
  );

  const change = useCallback((update: (snapshot: Snapshot) => Snapshot) => {
    setHistory((current) => (current ? record(current, update(current.present)) : current));
  }, []);
  const onEditRows = useCallback((rows: AttendeeRow[]) => change((snapshot) => ({ ...snapshot, rows })), [change]);
  const onUndo = useCallback(() => setHistory((current) => (current ? undo(current) : current)), []);
  const onRedo = useCallback(() => setHistory((current) => (current ? redo(current) : current)), []);

  const extraColumns = present?.extraColumns;
  const columns = useMemo(
    () =>
      gridColumns({ extraColumns: extraColumns ?? [] }, {
        stt: s.stt,
        honorific: s.honorific,
        fullName: s.fullName,
        title: s.title,
        unit: s.unit,
        note: s.note,
        present: s.present,
        protocolRank: s.protocolRank,
      }),
    [extraColumns, s],
  );

  if (!present || !list) return <div className="att-workspace att-muted">{s.loading}</div>;

  const selectedIndices = () => {
    const out: number[] = [];
    for (let index = selection.fromRow; index <= selection.toRow && index < present.rows.length; index++) out.push(index);
    return out;
  };

  const sortBy = (order: RowOrder) => change((snapshot) => ({ ...snapshot, rows: sortRows(snapshot.rows, snapshot.groups, order) }));

  const moveToGroup = (group: string) => {
    const chosen = new Set(selectedIndices());
    change((snapshot) => {
      const groups = group && !snapshot.groups.includes(group) ? [...snapshot.groups, group] : snapshot.groups;
      const rows = snapshot.rows.map((row, index) => (chosen.has(index) && row.group !== group ? { ...row, group } : row));
      return { ...snapshot, groups, rows: normaliseOrder(rows, groups) };
    });
  };

  const addImported = (preview: ImportPreview) => {
    setImportFile(null);
    change((snapshot) => {
      const groups = [...snapshot.groups, ...preview.groups.filter((group) => !snapshot.groups.includes(group))];
      const known = new Set(snapshot.extraColumns.map((column) => column.key));
      const extraColumns = [...snapshot.extraColumns, ...preview.extraColumns.filter((column) => !known.has(column.key))];
      return { rows: normaliseOrder([...snapshot.rows, ...preview.rows], groups), groups, extraColumns };
    });
  };

  const addPeople = (people: Person[]) => {
    setPicking(false);
    change((snapshot) => {
      const group = snapshot.rows[selection.toRow]?.group ?? '';
      const added = people.map((person, index) => personRow(person, newRowId(), snapshot.rows.length + index, group));
      return { ...snapshot, rows: normaliseOrder([...snapshot.rows, ...added], snapshot.groups) };
    });
  };

  /** Saves first, so the directory links land on the rows as they are on screen; then reloads them. */
  const rememberPeople = async () => {
    try {
      if (present !== lastSaved.current) await saveNow(present);
      const result = await api['people.addFromList']({ listId: list.id });
      const reloaded = await api['attendees.get']({ listId: list.id });
      const snapshot = { rows: normaliseOrder(reloaded.rows, reloaded.groups), groups: reloaded.groups, extraColumns: reloaded.extraColumns };
      lastSaved.current = snapshot;
      savedBase.current = { snapshot, updatedAt: reloaded.updatedAt };
      setHistory((current) => (current ? record(current, snapshot) : current));
      setNotice(s.rememberedPeople(result.added, result.linked));
    } catch (error) {
      onError(error);
    }
  };

  const exportAs = async (format: 'xlsx' | 'csv') => {
    try {
      if (present !== lastSaved.current) await saveNow(present);
      const file = await api['attendees.export']({ listId: list.id, format });
      downloadBase64(file.fileName, file.dataBase64, EXPORT_MIME[format]);
    } catch (error) {
      onError(error);
    }
  };

  const statusText = save.kind === 'saving' ? s.saving : save.kind === 'saved' ? s.saved(save.at) : save.kind === 'failed' ? s.saveFailed : '';
  const selectedCount = Math.max(0, Math.min(selection.toRow, present.rows.length - 1) - selection.fromRow + 1);

  return (
    <div className="att-workspace">
      <div className="att-toolbar" role="toolbar" aria-label={s.gridLabel}>
        {/* The new row gets the caret: the grid adds it and takes the focus back from the button. */}
        <button type="button" className="button" onClick={() => grid.current?.insertRowBelow()}>
          {s.addRow}
        </button>
        <button type="button" className="button" disabled={present.rows.length === 0} onClick={() => onEditRows(deleteRows(present.rows, new Set(selectedIndices())))}>
          {s.deleteRows}
        </button>
        <button type="button" className="button" onClick={() => onEditRows(moveRows(present.rows, selectedIndices(), -1).rows)}>
          {s.moveUp}
        </button>
        <button type="button" className="button" onClick={() => onEditRows(moveRows(present.rows, selectedIndices(), 1).rows)}>
          {s.moveDown}
        </button>
        <span className="att-sep" />
        <button type="button" className="button" disabled={history!.past.length === 0} onClick={onUndo} title="Ctrl+Z">
          {s.undo}
        </button>
        <button type="button" className="button" disabled={history!.future.length === 0} onClick={onRedo} title="Ctrl+Y">
          {s.redo}
        </button>
        <span className="att-sep" />
        <label className="att-inline">
          {s.sort}
          <select value="" aria-label={s.sort} onChange={(event) => event.target.value && sortBy(event.target.value as RowOrder)}>
            <option value="">—</option>
            <option value="protocol">{s.sortProtocol}</option>
            <option value="givenName">{s.sortGivenName}</option>
            <option value="unit">{s.sortUnit}</option>
          </select>
        </label>
        <label className="att-inline">
          {s.moveToGroup}
          <select value="" aria-label={s.moveToGroup} onChange={(event) => event.target.value && moveToGroup(event.target.value === '\u0000' ? '' : event.target.value)}>
            <option value="">—</option>
            <option value={'\u0000'}>{s.noGroup}</option>
            {present.groups.map((group) => (
              <option key={group} value={group}>
                {group}
              </option>
            ))}
          </select>
        </label>
        <form
          className="att-inline"
          onSubmit={(event) => {
            event.preventDefault();
            const name = newGroup.trim();
            if (name) moveToGroup(name);
            setNewGroup('');
          }}
        >
          <input value={newGroup} onChange={(event) => setNewGroup(event.target.value)} placeholder={s.newGroupPlaceholder} aria-label={s.group} />
        </form>
        <span className="att-sep" />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {s.importFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="attendee-import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) setImportFile(file);
            event.target.value = '';
          }}
        />
        <button type="button" className="button" onClick={() => setPicking(true)}>
          {s.fromDirectory}
        </button>
        <button type="button" className="button" onClick={() => void rememberPeople()}>
          {s.toDirectory}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('xlsx')}>
          {s.exportXlsx}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {s.exportCsv}
        </button>
        <span className="att-status" aria-live="polite">
          {s.rowsCount(present.rows.length)}
          {selectedCount > 1 ? ` · ${s.selectedCount(selectedCount)}` : ''}
          {statusText ? ` · ${statusText}` : ''}
          {notice ? ` · ${notice}` : ''}
        </span>
      </div>
      <AttendeeGrid rows={present.rows} columns={columns} label={s.gridLabel} onEdit={onEditRows} onUndo={onUndo} onRedo={onRedo} newId={newRowId} onSelection={setSelection} handleRef={grid} />
      <p className="att-help">{s.keyboardHelp}</p>
      {picking && <PeoplePicker onClose={() => setPicking(false)} onPick={addPeople} onError={onError} />}
      {importFile && <ImportDialog file={importFile} onClose={() => setImportFile(null)} onImport={addImported} onError={onError} />}
    </div>
  );
}
