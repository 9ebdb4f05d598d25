/**
 * Open editing sessions, so that Ctrl+S from the menu, the quit flush (window.thukyEvents) and page
 * unload reach the document being edited, and a document just closed still finishes its last save.
 */
import type { DocumentContent } from '../../../shared/document/document';

export interface EditingSession {
  id: string;
  /** Saves pending edits now; `explicit` marks a deliberate save (Ctrl+S). */
  flush(explicit: boolean): Promise<void>;
  pendingContent(): DocumentContent | null;
}

const sessions = new Set<EditingSession>();
let current: EditingSession | null = null;

export function openSession(session: EditingSession): void {
  sessions.add(session);
  current = session;
}

/** The session stays known until its final save settles. */
export function closeSession(session: EditingSession, finalSave: Promise<void>): void {
  if (current === session) current = null;
  void finalSave.finally(() => sessions.delete(session)).catch(() => undefined);
}

export function currentSession(): EditingSession | null {
  return current;
}

export async function flushAllSessions(): Promise<void> {
  await Promise.all([...sessions].map((session) => session.flush(false)));
}

/** Every pending edit, for the unload beacon. */
export function pendingEdits(): Array<{ id: string; content: DocumentContent }> {
  const edits: Array<{ id: string; content: DocumentContent }> = [];
  for (const session of sessions) {
    const content = session.pendingContent();
    if (content) edits.push({ id: session.id, content });
  }
  return edits;
}
