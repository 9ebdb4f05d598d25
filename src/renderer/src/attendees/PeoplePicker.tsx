/**
 * "Thêm từ danh bạ": picks people from the directory into the list. Each becomes a row that is a
 * snapshot of the person now (later changes to the directory do not rewrite a past event's list).
 * The search ignores accents ("nguyen van a" finds "Nguyễn Văn A").
 */
import { useEffect, useMemo, useState } from 'react';
import { emptyRow, type AttendeeRow } from '../../../shared/attendee/attendee-list';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';
import type { Person } from '../../../shared/attendee/person';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../app/Dialog';
import { useListStrings } from './strings';

/** Enough to scroll through; the search narrows a bigger directory. */
const SHOWN_PEOPLE = 300;

export function personRow(person: Person, id: string, order: number, group: string): AttendeeRow {
  return { ...emptyRow(id, order, group), personId: person.id, honorific: person.honorific, fullName: person.fullName, title: person.title, unit: person.unit, protocolRank: person.protocolRank };
}

export function PeoplePicker({ onClose, onPick, onError }: { onClose(): void; onPick(people: Person[]): void; onError(error: unknown): void }) {
  const s = useListStrings();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  useEffect(() => {
    api['people.list']({}).then(setPeople, onError);
  }, [onError]);

  const folded = useMemo(() => (people ?? []).map((person) => ({ person, key: foldVietnamese(`${person.fullName} ${person.title} ${person.unit}`) })), [people]);
  const shown = useMemo(() => {
    const words = foldVietnamese(query).split(' ').filter(Boolean);
    return folded.filter((item) => words.every((word) => item.key.includes(word))).slice(0, SHOWN_PEOPLE);
  }, [folded, query]);

  return (
    <Dialog
      title={s.fromDirectory}
      onClose={onClose}
      wide
      footer={
        <DialogActions
          cancelLabel={s.cancel}
          onCancel={onClose}
          confirmLabel={s.addPeople(chosen.size)}
          onConfirm={() => onPick((people ?? []).filter((person) => chosen.has(person.id)))}
          confirmDisabled={chosen.size === 0}
        />
      }
    >
      <input className="att-search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={s.searchPeople} aria-label={s.searchPeople} data-autofocus />
      {people === null ? (
        <p className="att-muted">{s.loading}</p>
      ) : people.length === 0 ? (
        <p className="att-muted">{s.emptyDirectory}</p>
      ) : (
        <ul className="att-people">
          {shown.map(({ person }) => (
            <li key={person.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(person.id)}
                  onChange={(event) =>
                    setChosen((current) => {
                      const next = new Set(current);
                      if (event.target.checked) next.add(person.id);
                      else next.delete(person.id);
                      return next;
                    })
                  }
                />
                <strong>{person.fullName}</strong> {person.title && `— ${person.title}`} {person.unit && `, ${person.unit}`}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
