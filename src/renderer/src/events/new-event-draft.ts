/**
 * What the clerk typed into "Hội nghị mới" before pressing Tạo hội nghị, kept in the window's storage
 * (as the last open document is, app/App.tsx): going to a document and back, a reload or a crash
 * finds the form as it was left. Read through zod, so a value left by an older build, or a damaged
 * one, is dropped instead of breaking the form. The pictures are already in the image store
 * (images.put); the draft only names them. A date or time still typed wrong is kept as typed.
 */
import { z } from 'zod';

const STORAGE_KEY = 'thuky.newEventDraft';

const NewEventDraft = z.object({
  facts: z.object({
    title: z.string(),
    date: z.string().nullable(),
    /** Ngày ban hành of the giấy mời; null = blank, dated by hand. */
    issueDate: z.string().nullable(),
    time: z.string(),
    venue: z.string(),
    chairName: z.string(),
    chairTitle: z.string(),
    summary: z.string(),
  }),
  // As typed (not trimmed, no length cap): a caption half-written is kept as it is.
  photos: z.array(z.object({ imageId: z.string(), caption: z.string() })),
  /** The text of a date or time field that does not read as one yet ("30/02/2026"), by field. */
  typed: z.object({ date: z.string().optional(), issueDate: z.string().optional(), time: z.string().optional() }),
});
export type NewEventDraft = z.infer<typeof NewEventDraft>;
export type TypedFields = NewEventDraft['typed'];
/** The event's facts as the form holds them (EventForm.tsx). */
export type EventFacts = NewEventDraft['facts'];

export function readNewEventDraft(): NewEventDraft | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === null) return null;
  try {
    return NewEventDraft.parse(JSON.parse(stored));
  } catch {
    localStorage.removeItem(STORAGE_KEY);
    return null;
  }
}

/** null: nothing typed, or the event was created. */
export function keepNewEventDraft(draft: NewEventDraft | null): void {
  if (draft) localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  else localStorage.removeItem(STORAGE_KEY);
}

export function hasNewEventDraft(): boolean {
  return localStorage.getItem(STORAGE_KEY) !== null;
}
