/**
 * Keeps the shown event in step with the store while the workspace stays open: its counts
 * ("Đại biểu (n)") re-read when the grid saves the event's own list (before and after the Danh sách
 * document takes it over), and when the window comes back (the list may have changed in the CLI,
 * in the list document or in another window meanwhile).
 */
import { useEffect, useRef } from 'react';
import { onRouteDone } from '../app/thuky-events';

/** The routes that change an attendee list's rows, and the input field that names the list. */
const LIST_WRITES: Record<string, 'id' | 'listId'> = {
  'attendees.save': 'id',
  'attendees.saveRows': 'id',
  'people.addFromList': 'listId',
};

function listWritten(route: string, input: unknown): string | null {
  const field = LIST_WRITES[route];
  if (!field || typeof input !== 'object' || input === null) return null;
  const value = (input as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

/** `reload` re-reads the event; `listId` is the event's attendee list (null while none is shown). */
export function useFreshEvent(listId: string | null, reload: () => void): void {
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    if (!listId) return;
    const stopRoutes = onRouteDone(({ route, input }) => {
      if (listWritten(route, input) === listId) reloadRef.current();
    });
    const onBack = () => {
      if (document.visibilityState === 'visible') reloadRef.current();
    };
    window.addEventListener('focus', onBack);
    document.addEventListener('visibilitychange', onBack);
    return () => {
      stopRoutes();
      window.removeEventListener('focus', onBack);
      document.removeEventListener('visibilitychange', onBack);
    };
  }, [listId]);
}
