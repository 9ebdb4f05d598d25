/**
 * The body a list or pledge document prints, from the data in the store (shared printed-body
 * modules, the same the Word export uses); refreshed whenever the grid or the pledge editor saves.
 */
import { useEffect, useState } from 'react';
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

export function usePrintedBody(documentId: string, kind: DocumentKind, readBody: () => BodyDoc, onError: (error: unknown) => void): PrintedBody | null {
  const [data, setData] = useState<{ list?: Awaited<ReturnType<(typeof api)['attendees.get']>>; pledge?: Pledge } | null>(null);
  useEffect(() => {
    const { workspace } = kindOf(kind);
    if (workspace === 'sheet') return;
    let cancelled = false;
    const load = () => {
      const request = workspace === 'attendees' ? api['attendees.get']({ documentId }).then((list) => ({ list })) : api['pledges.get']({ documentId }).then((pledge) => ({ pledge }));
      request.then((loaded) => !cancelled && setData(loaded), (error: unknown) => !cancelled && onError(error));
    };
    load();
    const onSaved = (event: Event) => {
      if ((event as CustomEvent<string>).detail === documentId) load();
    };
    window.addEventListener(DATA_SAVED_EVENT, onSaved);
    return () => {
      cancelled = true;
      window.removeEventListener(DATA_SAVED_EVENT, onSaved);
    };
  }, [documentId, kind, onError]);
  if (!data) return null;
  if (data.list) return { body: printedListBody(readBody(), data.list), pledge: null };
  if (data.pledge) return { body: pledgeBody({ body: readBody() }, data.pledge), pledge: data.pledge };
  return null;
}
