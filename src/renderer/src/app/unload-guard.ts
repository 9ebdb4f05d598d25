/**
 * Nothing typed is lost when the page goes away: pending edits are sent with a keepalive request on
 * pagehide/beforeunload (harness), and main's quit flush reaches every open session (Electron).
 */
import { useEffect } from 'react';
import { saveOnUnload } from '../api/client';
import { flushAllSessions, pendingEdits } from '../documents/active-sessions';
import { thukyEvents } from './thuky-events';

export function useUnloadGuard(): void {
  useEffect(() => {
    let sent = false;
    const beacon = () => {
      if (sent) return;
      sent = true;
      for (const edit of pendingEdits()) saveOnUnload({ id: edit.id, content: edit.content });
    };
    const reset = () => {
      sent = false;
    };
    window.addEventListener('pagehide', beacon);
    window.addEventListener('beforeunload', beacon);
    window.addEventListener('pageshow', reset);
    const unsubscribe = thukyEvents()?.onFlushRequest(() => flushAllSessions());
    return () => {
      window.removeEventListener('pagehide', beacon);
      window.removeEventListener('beforeunload', beacon);
      window.removeEventListener('pageshow', reset);
      unsubscribe?.();
    };
  }, []);
}
