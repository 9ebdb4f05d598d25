/**
 * The parties of the event's pledge or programme: one row each (unit, representative, title, the
 * TM. line, the host). Tens of rows at most: plain inputs; saved with "Lưu các bên" or Ctrl+Enter
 * (events.setParties), after which the unissued pledge or programme draft follows.
 */
import { useState, type KeyboardEvent } from 'react';
import type { EventView } from '../../../shared/event/event';
import { api } from '../api/client';
import { isPartyBlock, PARTY_COLUMNS, pasteParties, type PartyColumn, type PartyRow } from './party-paste';
import { useEventStrings } from './strings';

type Row = PartyRow;

interface PartiesEditorProps {
  event: EventView;
  which: 'pledge' | 'programme';
  onSaved(event: EventView): void;
  onError(error: unknown): void;
}

function rowsOf(event: EventView, which: 'pledge' | 'programme'): Row[] {
  const parties = which === 'pledge' ? event.pledgeParties : event.programmeParties;
  const ids = which === 'pledge' ? event.partyIds.pledge : event.partyIds.programme;
  return parties.map((party, index) => ({ ...party, id: ids[index] }));
}

const BLANK: Row = { name: '', representative: '', title: '', authorityLine: '', isHost: false };

export function PartiesEditor({ event, which, onSaved, onError }: PartiesEditorProps) {
  const s = useEventStrings();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(event, which));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(rows) !== JSON.stringify(rowsOf(event, which));
  /** The row "Thêm bên" just added takes the caret. */
  const [focusRow, setFocusRow] = useState(-1);
  const labels: Record<PartyColumn, string> = { name: s.partyName, representative: s.representative, title: s.partyTitle, authorityLine: s.authorityLine };

  const change = (index: number, patch: Partial<Row>) => {
    setStatus('');
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : patch.isHost ? { ...row, isHost: false } : row)));
  };

  const save = async () => {
    const missing = rows.findIndex((row) => !row.name.trim());
    if (missing >= 0) {
      setStatus(s.partyRowMissing(missing + 1));
      return;
    }
    setBusy(true);
    try {
      const result = await api['events.setParties']({ id: event.id, which, parties: rows });
      setRows(rowsOf(result.event, which));
      setStatus(s.partiesSaved(result.updated.length));
      onSaved(result.event);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === 'Enter' && (keyEvent.ctrlKey || keyEvent.metaKey)) {
      keyEvent.preventDefault();
      void save();
    }
  };

  const label = which === 'pledge' ? s.pledgeParties(rows.length) : s.programmeParties(rows.length);
  return (
    <div className="event-parties" onKeyDown={onKeyDown}>
      {rows.length === 0 ? (
        <p className="event-muted">{s.noParties}</p>
      ) : (
        <table className="event-table" aria-label={label}>
          <thead>
            <tr>
              <th className="event-col-stt">TT</th>
              {PARTY_COLUMNS.map((key) => (
                <th key={key}>{labels[key]}</th>
              ))}
              <th>{s.host}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id ?? `new-${index}`}>
                <td className="event-col-stt">{index + 1}</td>
                {PARTY_COLUMNS.map((key) => (
                  <td key={key}>
                    <input
                      type="text"
                      aria-label={`${labels[key]}, dòng ${index + 1}`}
                      value={row[key]}
                      autoFocus={key === 'name' && index === focusRow}
                      onChange={(e) => change(index, { [key]: e.target.value })}
                      onPaste={(e) => {
                        const text = e.clipboardData.getData('text/plain');
                        if (!isPartyBlock(text)) return;
                        e.preventDefault();
                        setStatus('');
                        setRows((current) => pasteParties(current, index, key, text));
                      }}
                    />
                  </td>
                ))}
                <td className="event-col-center">
                  <input type="radio" name={`host-${which}`} aria-label={`${s.host}, dòng ${index + 1}`} checked={row.isHost} onChange={() => change(index, { isHost: true })} />
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => setRows((current) => current.filter((_, at) => at !== index))}>
                    {s.removeParty}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="event-form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setFocusRow(rows.length);
            setRows((current) => [...current, BLANK]);
          }}
        >
          {s.addParty}
        </button>
        <button type="button" className="button button-primary" disabled={busy || !dirty} onClick={() => void save()} title="Ctrl+Enter">
          {s.saveParties}
        </button>
        <span className="event-status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
