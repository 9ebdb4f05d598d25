/** One open document: its editable content, autosave through a SaveQueue, and the save status. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BodyDoc } from '../../../shared/document/body';
import type { Document, DocumentContent } from '../../../shared/document/document';
import { api } from '../api/client';
import { closeSession, openSession, type EditingSession } from './active-sessions';
import { SaveQueue, type SaveStatus } from './save-queue';

/** docs/ui-conventions.md / issue 2: saved at most 1 s after typing stops. */
export const AUTOSAVE_DEBOUNCE_MS = 700;

export type ContentMeta = Omit<DocumentContent, 'body'>;

export interface DocumentSession {
  meta: ContentMeta;
  status: SaveStatus;
  updateMeta(update: (meta: ContentMeta) => ContentMeta): void;
  updateBody(body: BodyDoc): void;
  /** Ctrl+S: saves now and marks the save as deliberate. */
  saveNow(): Promise<void>;
  /** Saves pending edits before reading from the store (exports, panels). */
  flushPending(): Promise<void>;
}

interface Options {
  onSaved(summary: { id: string; title: string; updatedAt: string }): void;
  onError(error: unknown): void;
}

function contentOf(doc: Document): DocumentContent {
  return { title: doc.title, frame: doc.frame, body: doc.body, portal: doc.portal };
}

export function useDocumentSession(doc: Document, options: Options): DocumentSession {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const contentRef = useRef<DocumentContent>(contentOf(doc));
  const [meta, setMeta] = useState<ContentMeta>(() => ({ title: doc.title, frame: doc.frame, portal: doc.portal }));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });

  const queue = useMemo(
    () =>
      new SaveQueue<DocumentContent>({
        debounceMs: AUTOSAVE_DEBOUNCE_MS,
        onStatus: setStatus,
        save: async (content, explicit) => {
          try {
            const { updatedAt } = await api['documents.save']({ id: doc.id, content, explicit });
            optionsRef.current.onSaved({ id: doc.id, title: content.title, updatedAt });
          } catch (error) {
            optionsRef.current.onError(error);
            throw error;
          }
        },
      }),
    [doc.id],
  );

  useEffect(() => {
    const session: EditingSession = {
      id: doc.id,
      flush: (explicit) => {
        // Ctrl+S is a deliberate checkpoint (a revision), even when autosave already stored the text.
        if (explicit && !queue.hasPending) queue.update(contentRef.current);
        return queue.flush(explicit);
      },
      pendingContent: () => queue.pendingContent,
    };
    openSession(session);
    return () => {
      queue.dispose();
      // Leaving the document: its last edit is saved even though the page is gone.
      const finalSave = queue.flush(false).catch(() => undefined);
      closeSession(session, finalSave);
    };
  }, [doc.id, queue]);

  const updateMeta = useCallback(
    (update: (meta: ContentMeta) => ContentMeta) => {
      const current = contentRef.current;
      const next = update({ title: current.title, frame: current.frame, portal: current.portal });
      contentRef.current = { ...current, ...next };
      setMeta(next);
      queue.update(contentRef.current);
    },
    [queue],
  );

  const updateBody = useCallback(
    (body: BodyDoc) => {
      contentRef.current = { ...contentRef.current, body };
      queue.update(contentRef.current);
    },
    [queue],
  );

  const saveNow = useCallback(async () => {
    if (!queue.hasPending) queue.update(contentRef.current);
    // A failure is already reported by the save itself and shown in the status.
    await queue.flush(true).catch(() => undefined);
  }, [queue]);

  const flushPending = useCallback(() => queue.flush(false).catch(() => undefined), [queue]);

  return { meta, status, updateMeta, updateBody, saveNow, flushPending };
}
