/**
 * What the clerk typed into "Hội nghị mới" before it was created: kept for the app's session, so going
 * to a document and back does not empty the form (an existing event's form is saved on leaving instead,
 * form-leave.ts). Its pictures are already in the image store (images.put), so the draft only names them.
 */
let draft: { facts: unknown; photos: unknown } | null = null;

export function newEventDraft<F, P>(): { facts: F; photos: P } | null {
  return draft as { facts: F; photos: P } | null;
}

/** null once the event is created, or when nothing was typed. */
export function keepNewEventDraft<F, P>(next: { facts: F; photos: P } | null): void {
  draft = next;
}
