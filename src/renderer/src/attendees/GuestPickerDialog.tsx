/**
 * "Chèn câu Dự hội nghị có: …": the clerk ticks the leading guests to name (those with a protocol
 * rank start ticked), sees the sentence as it will read, and inserts it as a live reference.
 */
import { useEffect, useMemo, useState } from 'react';
import type { AttendeeList, AttendeeRow } from '../../../shared/attendee/attendee-list';
import { buildAttendanceSentence } from '../../../shared/attendee/attendance-sentence';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';
import { compareProtocol } from '../../../shared/attendee/row-order';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../app/Dialog';
import { useListStrings } from './strings';

/** More rows than this are found by typing, not listed: a ward meeting can have thousands. */
const SHOWN_ROWS = 200;

interface GuestPickerDialogProps {
  listId: string;
  onInsert(leadingRowIds: string[]): void;
  onClose(): void;
  onError(error: unknown): void;
}

export function GuestPickerDialog({ listId, onInsert, onClose, onError }: GuestPickerDialogProps) {
  const s = useListStrings();
  const [list, setList] = useState<AttendeeList | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState('');

  useEffect(() => {
    api['attendees.get']({ listId }).then((loaded) => {
      setList(loaded);
      setChosen(new Set(loaded.rows.filter((row) => row.present && row.protocolRank !== null).map((row) => row.id)));
    }, onError);
  }, [listId, onError]);

  const present = useMemo(() => (list ? list.rows.filter((row) => row.present && row.fullName.trim()).sort(compareProtocol) : []), [list]);
  const shown = useMemo(() => {
    const key = foldVietnamese(filter);
    const matches = (row: AttendeeRow) => !key || foldVietnamese(`${row.fullName} ${row.title} ${row.unit}`).includes(key);
    return present.filter((row) => chosen.has(row.id) || matches(row)).slice(0, SHOWN_ROWS);
  }, [present, chosen, filter]);
  const sentence = useMemo(() => buildAttendanceSentence(present, { leadingRowIds: [...chosen] }).text, [present, chosen]);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog
      title={s.pickGuestsTitle}
      onClose={onClose}
      wide
      footer={
        <DialogActions cancelLabel={s.cancel} onCancel={onClose} confirmLabel={s.insertSentenceShort} onConfirm={() => onInsert([...chosen])} confirmDisabled={!list} />
      }
    >
      {!list ? (
        <p className="muted">{s.sentenceLoading}</p>
      ) : (
        <>
          <p className="panel-hint">{s.pickGuestsHint}</p>
          <input className="input" type="search" placeholder={s.pickGuestsFilter} value={filter} onChange={(event) => setFilter(event.target.value)} data-autofocus />
          <div className="guest-picker-rows" data-testid="guest-picker-rows">
            {shown.map((row) => (
              <label key={row.id} className="check-row">
                <input type="checkbox" checked={chosen.has(row.id)} onChange={(event) => toggle(row.id, event.target.checked)} />
                <span>
                  <strong>{row.fullName}</strong>
                  {row.title || row.unit ? ` - ${[row.title, row.unit].filter(Boolean).join(', ')}` : ''}
                </span>
              </label>
            ))}
            {present.length > shown.length && <p className="muted">{s.pickGuestsMore(present.length - shown.length)}</p>}
          </div>
          <p className="guest-picker-preview" data-testid="guest-picker-preview">
            {sentence}
          </p>
        </>
      )}
    </Dialog>
  );
}
