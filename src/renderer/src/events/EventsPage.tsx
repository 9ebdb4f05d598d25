/**
 * The event workspace (issue 14, docs/event-format.md): the events on the left, newest edit first;
 * the chosen one on the right — its facts, its documents with their state and the actions, and its
 * people (the attendee grid of its own list) and parties. One conference entered once.
 */
import { useCallback, useEffect, useState } from 'react';
import type { EventView } from '../../../shared/event/event';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { AttendeeWorkspace } from '../attendees/AttendeeWorkspace';
import { ConfirmDeleteDialog } from '../app/ConfirmDeleteDialog';
import { Icon } from '../app/icons';
import type { ToastExtra } from '../app/Toast';
import { showShortDate } from '../frame/date-input';
import { EventDocuments } from './EventDocuments';
import { EventForm } from './EventForm';
import { hasNewEventDraft } from './new-event-draft';
import { saveShownForm } from './shown-form';
import { PartiesEditor } from './PartiesEditor';
import { useEventStrings } from './strings';
import { useFreshEvent } from './use-fresh-event';
import './events.css';

type EventSummary = RouteOutput<'events.list'>[number];
type Tab = 'attendees' | 'pledge' | 'programme';

const LAST_EVENT_KEY = 'thuky.lastOpenEvent';

interface EventsPageProps {
  onOpenDocument(id: string): void;
  onDocumentsMade(): void;
  onError(error: unknown): void;
  /** A toast; `action` is its button (Khôi phục after a delete). */
  notify(text: string, extra?: ToastExtra): void;
}

export function EventsPage({ onOpenDocument, onDocumentsMade, onError, notify }: EventsPageProps) {
  const s = useEventStrings();
  const [events, setEvents] = useState<EventSummary[]>([]);
  /** null: the new-event form; undefined: nothing chosen yet. */
  const [openId, setOpenId] = useState<string | null | undefined>(undefined);
  const [event, setEvent] = useState<EventView | null>(null);
  const [tab, setTab] = useState<Tab>('attendees');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  /** The event "Tạo hội nghị" made just now: its workspace opens with the focus on "Tạo văn bản". */
  const [createdId, setCreatedId] = useState<string | null>(null);
  /**
   * Another event, a new one or a document of this one: what the shown form holds is saved first,
   * as documents save themselves — it was dropped without a word. When it cannot be saved
   * ("Ảnh 2: thiếu chú thích") the clerk stays, and the form says why.
   */
  const leaveTo = (go: () => void) => {
    void saveShownForm().then((saved) => {
      if (!saved) return;
      setCreatedId(null);
      go();
    });
  };

  const refreshList = useCallback(() => api['events.list']({}).then(setEvents, onError), [onError]);

  useEffect(() => {
    void api['events.list']({}).then((list) => {
      setEvents(list);
      const last = localStorage.getItem(LAST_EVENT_KEY);
      setOpenId(list.some((item) => item.id === last) ? last : list.length === 0 ? null : list[0]!.id);
    }, onError);
  }, [onError]);

  useEffect(() => {
    if (!openId) {
      setEvent(null);
      return;
    }
    localStorage.setItem(LAST_EVENT_KEY, openId);
    let live = true;
    api['events.get']({ id: openId }).then((loaded) => {
      if (!live) return;
      setEvent(loaded);
    }, onError);
    return () => {
      live = false;
    };
  }, [openId, onError]);

  const changed = useCallback(
    (next: EventView) => {
      setEvent(next);
      void refreshList();
    },
    [refreshList],
  );

  const deleteShown = async (id: string) => {
    setConfirmingDelete(false);
    try {
      const { unlinked } = await api['events.delete']({ id });
      localStorage.removeItem(LAST_EVENT_KEY);
      const list = await api['events.list']({});
      setEvents(list);
      setOpenId(list.length === 0 ? null : list[0]!.id);
      // Its documents are ordinary documents now; the sidebar shows them as before.
      onDocumentsMade();
      notify(s.eventDeleted(unlinked.length), {
        action: {
          label: s.restoreEvent,
          run: () => {
            api['events.restore']({ id })
              .then(async () => {
                setEvents(await api['events.list']({}));
                setOpenId(id);
                onDocumentsMade();
              })
              .catch(onError);
          },
        },
      });
    } catch (error) {
      onError(error);
    }
  };

  const creating = openId === null;
  // A "Hội nghị mới" started and not created (kept across reloads): the button says so while another event shows.
  const draftWaiting = !creating && hasNewEventDraft();
  const shown = event && event.id === openId ? event : null;
  const shownId = shown?.id ?? null;
  useFreshEvent(shown?.attendeeListId ?? null, () => {
    if (!shownId) return;
    // An answer that comes after the clerk moved to another event is dropped.
    api['events.get']({ id: shownId }).then((loaded) => setEvent((current) => (current?.id === loaded.id ? loaded : current)), onError);
  });
  // The grid reloads when documents appear: the list then belongs to the Danh sách document.
  const listKey = shown ? `${shown.attendeeListId}:${shown.documents.map((doc) => doc.id).join(',')}` : '';

  return (
    <div className="events-page">
      <aside className="events-list" aria-label={s.heading}>
        <div className="events-list-head">
          <h1>{s.heading}</h1>
          <button type="button" className="button button-primary" onClick={() => leaveTo(() => setOpenId(null))} title={draftWaiting ? s.newEventDraftTip : undefined}>
            <Icon name="plus" size={16} />
            {s.newEvent}
            {draftWaiting && <span className="event-draft-tag">{s.newEventDraft}</span>}
          </button>
        </div>
        {events.length === 0 && <p className="event-muted">{s.noEvents}</p>}
        <ul>
          {events.map((item) => (
            <li key={item.id}>
              <button type="button" className={`event-item${item.id === openId ? ' is-open' : ''}`} aria-current={item.id === openId} onClick={() => item.id !== openId && leaveTo(() => setOpenId(item.id))}>
                <span className="event-item-title">{item.title}</span>
                <span className="event-item-date">{showShortDate(item.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="events-desk">
        {creating && (
          <section className="event-section">
            <h2>{s.newEvent}</h2>
            <EventForm
              key="new"
              event={null}
              onCreated={(id) => {
                void refreshList();
                setTab('attendees');
                setCreatedId(id);
                setOpenId(id);
              }}
              onSaved={changed}
              onError={onError}
              notify={notify}
            />
          </section>
        )}
        {!creating && !shown && <p className="event-muted events-pick">{openId === undefined ? '' : s.pickEvent}</p>}
        {shown && (
          <>
            <section className="event-section">
              <div className="event-section-head">
                <h2>{s.facts}</h2>
                <button type="button" className="button button-danger-quiet" onClick={() => setConfirmingDelete(true)}>
                  <Icon name="trash" size={16} />
                  {s.deleteEvent}
                </button>
              </div>
              <EventForm key={shown.id} event={shown} onCreated={() => undefined} onSaved={changed} onError={onError} notify={notify} />
            </section>
            <EventDocuments
              event={shown}
              focusGenerate={shown.id === createdId}
              onChanged={changed}
              onOpenDocument={(id) => leaveTo(() => onOpenDocument(id))}
              onDocumentsMade={onDocumentsMade}
              onError={onError}
              notify={notify}
            />
            <section className="event-section">
              <div className="event-tabs" role="tablist">
                {(['attendees', 'pledge', 'programme'] as const).map((name) => (
                  <button key={name} type="button" role="tab" aria-selected={tab === name} className={`event-tab${tab === name ? ' is-active' : ''}`} onClick={() => {
                      setTab(name);
                      // The counts follow what the grid saved meanwhile.
                      api['events.get']({ id: shown.id }).then(setEvent, onError);
                    }}
                  >
                    {name === 'attendees' ? s.attendees(shown.attendees.length) : name === 'pledge' ? s.pledgeParties(shown.pledgeParties.length) : s.programmeParties(shown.programmeParties.length)}
                  </button>
                ))}
              </div>
              {tab === 'attendees' && (
                <div className="event-attendees">
                  <AttendeeWorkspace key={listKey} source={{ listId: shown.attendeeListId }} onError={onError} />
                </div>
              )}
              {tab !== 'attendees' && <PartiesEditor key={`${shown.id}:${tab}`} event={shown} which={tab} onSaved={changed} onError={onError} />}
            </section>
          </>
        )}
      </div>
      {confirmingDelete && shown && (
        <ConfirmDeleteDialog
          title={shown.title}
          words={{ heading: s.deleteEventTitle, body: s.deleteEventBody, confirm: s.deleteEvent }}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => void deleteShown(shown.id)}
        />
      )}
    </div>
  );
}
