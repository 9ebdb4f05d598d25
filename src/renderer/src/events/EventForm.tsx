/**
 * The event's facts as a form (docs/event-format.md): name, date, time, venue, chair, what happened,
 * the article's photos. Typed like the frame form (31/01/2024, 08:00); Enter in a line or Ctrl+S
 * saves; a change of facts flows into every draft generated from the event (events.update), an
 * issued one keeps its text; the photos are saved only when they changed (events.setPhotos).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EventPhoto, EventView } from '../../../shared/event/event';
import { photosProblem } from '../../../shared/event/event-photos';
import { DateField } from '../frame/DateField';
import { TimeField } from '../frame/TimeField';
import { useLocale } from '../i18n/locale';
import { createEvent, saveEventChanges } from './event-form-save';
import { photoCaptionId, PhotosEditor } from './PhotosEditor';
import { EVENT_SAVE_EVENT } from './save-event';
import { keepNewEventDraft, readNewEventDraft, type EventFacts as Facts, type TypedFields } from './new-event-draft';
import { setShownFormSave } from './shown-form';
import { useEventStrings } from './strings';

const EMPTY: Facts = { title: '', date: null, issueDate: null, time: '', venue: '', chairName: '', chairTitle: '', summary: '' };

function factsOf(event: EventView | null): Facts {
  if (!event) return EMPTY;
  return { title: event.title, date: event.date, issueDate: event.issueDate || null, time: event.time, venue: event.venue, chairName: event.chair.name, chairTitle: event.chair.title, summary: event.summary };
}

function photosOf(event: EventView | null): EventPhoto[] {
  return event ? event.photos.map(({ imageId, caption }) => ({ imageId, caption })) : [];
}

interface EventFormProps {
  event: EventView | null;
  onCreated(id: string): void;
  onSaved(event: EventView): void;
  onError(error: unknown): void;
  notify(text: string): void;
}

export function EventForm({ event, onCreated, onSaved, onError, notify }: EventFormProps) {
  const s = useEventStrings();
  const { t } = useLocale();
  // "Hội nghị mới" opens as it was left, also after a reload or a crash (new-event-draft.ts).
  const [draft] = useState(() => (event ? null : readNewEventDraft()));
  const [facts, setFacts] = useState<Facts>(() => draft?.facts ?? factsOf(event));
  const [photos, setPhotos] = useState<EventPhoto[]>(() => draft?.photos ?? photosOf(event));
  const [typed, setTyped] = useState<TypedFields>(() => draft?.typed ?? {});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const factsDirty = JSON.stringify(facts) !== JSON.stringify(factsOf(event));
  const photosDirty = JSON.stringify(photos) !== JSON.stringify(photosOf(event));
  const dirty = factsDirty || photosDirty;
  const typedWrong = Object.values(typed).some(Boolean);
  // Once created, a last render of this form must not write the draft back.
  const created = useRef(false);
  useEffect(() => {
    if (!event && !created.current) keepNewEventDraft(dirty || typedWrong ? { facts, photos, typed } : null);
  }, [event, dirty, typedWrong, facts, photos, typed]);
  const unreadable = (field: keyof TypedFields) => (text: string | null) => setTyped((current) => ({ ...current, [field]: text ?? undefined }));
  const set = (patch: Partial<Facts>) => {
    setStatus('');
    setFacts((current) => ({ ...current, ...patch }));
  };
  const changePhotos = (next: EventPhoto[]) => {
    setStatus('');
    setPhotos(next);
  };

  /**
   * True when the form holds nothing unsaved afterwards (saved, or nothing to save). `beforeAction`: saved for "Tạo văn bản" / "Xuất tất cả", whose own result follows (no "khi bấm «Tạo văn bản»" advice).
   */
  const submit = async (beforeAction = false): Promise<boolean> => {
    if (busy) return false;
    // A date or time still typed wrong ("8h", "31/02/2024") would be dropped silently: say so and stay there.
    for (const [id, message] of [
      ['event-date', t.dateFormat],
      ['event-issue-date', t.dateFormat],
      ['event-time', t.timeFormat],
    ] as const) {
      const field = document.getElementById(id);
      if (field?.getAttribute('aria-invalid') === 'true') {
        // The field's own line when it has one ("Tháng 02/2026 chỉ có 28 ngày, không có ngày 30").
        setStatus(document.getElementById(`${id}-error`)?.textContent || message);
        field.focus();
        return false;
      }
    }
    if (!facts.title.trim() || !facts.date) {
      setStatus(s.needTitleDate);
      return false;
    }
    // Only photos being changed are checked: a file's photo left without a caption does not block the facts.
    const problem = photosDirty ? photosProblem(photos) : null;
    if (problem) {
      setStatus(problem.message);
      if (problem.index !== null) document.getElementById(photoCaptionId(problem.index))?.focus();
      return false;
    }
    if (event && !dirty) return true;
    setBusy(true);
    setStatus(s.saving);
    try {
      const patch = {
        title: facts.title,
        date: facts.date,
        issueDate: facts.issueDate ?? '',
        time: facts.time,
        venue: facts.venue,
        chair: { name: facts.chairName, title: facts.chairTitle },
        summary: facts.summary,
      };
      if (!event) {
        const id = await createEvent(patch, photos);
        created.current = true;
        keepNewEventDraft(null);
        setStatus('');
        notify(s.created);
        onCreated(id);
        return true;
      }
      const saved = await saveEventChanges(event.id, factsDirty ? patch : null, photosDirty ? photos : null);
      if (!saved) return true;
      const articleKept = saved.photosSaved && saved.event.documents.some((doc) => doc.kind === 'article');
      const lines = [saved.facts ? s.savedFacts(saved.facts.updated, saved.facts.kept) : '', saved.photosSaved ? (beforeAction ? s.photosSavedShort : s.photosSaved(articleKept)) : ''];
      setStatus(lines.filter(Boolean).join(' '));
      // The captions as stored (trimmed), so the form is clean again.
      if (saved.photosSaved) setPhotos(photosOf(saved.event));
      onSaved(saved.event);
      return true;
    } catch (error) {
      setStatus('');
      onError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  // Ctrl+S (App's shortcut) saves the form while the workspace shows.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onSave = () => void submitRef.current();
    window.addEventListener(EVENT_SAVE_EVENT, onSave);
    return () => window.removeEventListener(EVENT_SAVE_EVENT, onSave);
  }, []);
  // An existing event's form is saved before anything that needs what it holds (shown-form.ts).
  const isNew = event === null;
  useEffect(() => {
    if (isNew) return;
    setShownFormSave(() => submitRef.current(true));
    return () => setShownFormSave(null);
  }, [isNew]);

  const onSubmit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    void submit();
  };

  return (
    <form className="event-form" onSubmit={onSubmit} aria-label={s.facts}>
      <div className="form-field">
        <label htmlFor="event-title">{s.title}</label>
        <input id="event-title" type="text" value={facts.title} placeholder={s.titlePlaceholder} autoFocus={!event} onChange={(e) => set({ title: e.target.value })} />
      </div>
      <div className="form-row">
        <div className="form-field event-field-date">
          <label htmlFor="event-date">{s.date}</label>
          <DateField id="event-date" value={facts.date} onChange={(date) => set({ date })} initialText={typed.date} onUnreadable={unreadable('date')} />
        </div>
        <div className="form-field event-field-time">
          <label htmlFor="event-time">{s.time}</label>
          <TimeField id="event-time" value={facts.time} onChange={(time) => set({ time })} initialText={typed.time} onUnreadable={unreadable('time')} />
        </div>
        <div className="form-field">
          <label htmlFor="event-venue">{s.venue}</label>
          <input id="event-venue" type="text" value={facts.venue} placeholder={s.venuePlaceholder} onChange={(e) => set({ venue: e.target.value })} />
        </div>
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="event-chair">{s.chairName}</label>
          <input id="event-chair" type="text" value={facts.chairName} onChange={(e) => set({ chairName: e.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor="event-chair-title">{s.chairTitle}</label>
          <input id="event-chair-title" type="text" value={facts.chairTitle} onChange={(e) => set({ chairTitle: e.target.value })} />
        </div>
      </div>
      <div className="form-field">
        <label htmlFor="event-summary">
          {s.summary} <span className="form-hint">{s.summaryHint}</span>
        </label>
        <textarea id="event-summary" rows={3} value={facts.summary} onChange={(e) => set({ summary: e.target.value })} />
      </div>
      {/* Last: often filled days later, when the committee knows the day it signs. */}
      <div className="form-field event-field-issue-date">
        <label htmlFor="event-issue-date">
          {s.issueDate} <span className="form-hint">{s.issueDateHint}</span>
        </label>
        <DateField id="event-issue-date" value={facts.issueDate} onChange={(issueDate) => set({ issueDate })} initialText={typed.issueDate} onUnreadable={unreadable('issueDate')} />
      </div>
      <PhotosEditor photos={photos} onChange={changePhotos} notify={notify} onError={onError} />
      <div className="event-form-actions">
        <button type="submit" className="button button-primary" disabled={busy || (event !== null && !dirty)} title={s.saveTip}>
          {event ? s.save : s.create}
        </button>
        <span className="event-status" role="status">
          {status || (event && dirty ? s.unsaved : '')}
        </span>
      </div>
    </form>
  );
}
