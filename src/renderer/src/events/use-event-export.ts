/**
 * "Xuất tất cả" from the window: main starts the job (and, on the desktop, asks for the folder in
 * its own dialog), the window polls its progress and can cancel it. The window never names a path.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventExportStatus } from '../../../shared/event/event-export';
import { api } from '../api/client';

const POLL_MS = 250;

export function useEventExport(onError: (error: unknown) => void) {
  const [status, setStatus] = useState<EventExportStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const poll = useCallback(
    (jobId: string) => {
      timer.current = setTimeout(() => {
        api['events.exportStatus']({ jobId }).then((next) => {
          setStatus(next);
          if (next.state === 'running') poll(jobId);
        }, onError);
      }, POLL_MS);
    },
    [onError],
  );

  const start = useCallback(
    async (eventId: string) => {
      try {
        const { jobId } = await api['events.exportAll']({ id: eventId });
        if (!jobId) return; // the clerk closed the folder dialog
        setStatus({ jobId, state: 'running', progress: { done: 0, total: 0, current: '' }, result: null, error: null });
        poll(jobId);
      } catch (error) {
        onError(error);
      }
    },
    [onError, poll],
  );

  const cancel = useCallback(() => {
    if (status?.state === 'running') api['events.cancelExport']({ jobId: status.jobId }).catch(onError);
  }, [status, onError]);

  const openFolder = useCallback(() => {
    if (status?.result) api['events.openExportFolder']({ jobId: status.jobId }).catch(onError);
  }, [status, onError]);

  return { status, start, cancel, openFolder, clear: () => setStatus(null) };
}
