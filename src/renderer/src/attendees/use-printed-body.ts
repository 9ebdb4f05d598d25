/**
 * The body a list or pledge document prints, from the data in the store (shared printed-body
 * modules, the same the Word export uses); refreshed whenever the grid or the pledge editor saves.
 */
import { useEffect, useRef, useState } from 'react';
import { printedListBody } from '../../../shared/attendee/printed-body';
import type { BodyDoc } from '../../../shared/document/body';
import type { DocumentKind } from '../../../shared/document/kind';
import type { Pledge } from '../../../shared/pledge/pledge';
import { pledgeBody } from '../../../shared/pledge/printed-body';
import { api } from '../api/client';
import { kindOf } from '../../../shared/document/kinds';

/** Fired by the list and pledge screens after each save. */
export const DATA_SAVED_EVENT = 'thuky:data-saved';

export function announceDataSaved(documentId: string): void {
  window.dispatchEvent(new CustomEvent(DATA_SAVED_EVENT, { detail: documentId }));
}

export interface PrintedBody {
  body: BodyDoc;
  pledge: Pledge | null;
}

/**
 * `shown`: whether the printed view is on screen. The data is read once at the start, then again
 * only while shown or when it comes into view — not after every autosave of the grid in the other
 * tab (issue 16: a whole 5,000-row list read and laid out at each save).
 */
export function usePrintedBody(documentId: string, kind: DocumentKind, readBody: () => BodyDoc, onError: (error: unknown) => void, shown: boolean): PrintedBody | null {
  const [data, setData] = useState<{ list?: Awaited<ReturnType<(typeof api)['attendees.get']>>; pledge?: Pledge } | null>(null);
  const loaded = useRef(false);
  useEffect(() => {
    const { workspace } = kindOf(kind);
    if (workspace === 'sheet') return;
    let cancelled = false;
    const load = () => {
      const request = workspace === 'attendees' ? api['attendees.get']({ documentId }).then((list) => ({ list })) : api['pledges.get']({ documentId }).then((pledge) => ({ pledge }));
      loaded.current = true;
      request.then((result) => !cancelled && setData(result), (error: unknown) => !cancelled && onError(error));
    };
    if (shown || !loaded.current) load();
    const onSaved = (event: Event) => {
      if ((event as CustomEvent<string>).detail === documentId && shown) load();
    };
    window.addEventListener(DATA_SAVED_EVENT, onSaved);
    return () => {
      cancelled = true;
      window.removeEventListener(DATA_SAVED_EVENT, onSaved);
    };
  }, [documentId, kind, onError, shown]);
  if (!data) return null;
  if (data.list) return { body: printedListBody(readBody(), data.list), pledge: null };
  if (data.pledge) return { body: pledgeBody({ body: readBody() }, data.pledge), pledge: data.pledge };
  return null;
}
