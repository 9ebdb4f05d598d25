/**
 * One open document: its editable content, autosave through a SaveQueue, and the save status.
 * Typing stays off the frame (issue 16): an edit hands over the editor's (immutable) document, and the
 * body is serialised only when the debounced save runs or a flush asks for it — not at every key; the
 * status lives in its own store, so its changes re-render the status view only, never the page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BodyDoc } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import { api } from '../api/client';
import { closeSession, openSession, type EditingSession } from './active-sessions';
import { SaveQueue } from './save-queue';
import { draftOf, once, type ContentMeta, type Draft } from './draft';
import { createSaveStatusStore, type SaveStatusStore } from './save-status-store';

/** docs/ui-conventions.md / issue 2: saved at most 1 s after typing stops. */
export const AUTOSAVE_DEBOUNCE_MS = 700;

export type { ContentMeta } from './draft';

export interface DocumentSession {
  meta: ContentMeta;
  /** Read by the status view alone (useSyncExternalStore). */
  statusStore: SaveStatusStore;
  updateMeta(update: (meta: ContentMeta) => ContentMeta): void;
  /** An edit of the body: `read` gives the body as it stands after that edit (called at most once, when saved). */
  updateBody(read: () => BodyDoc): void;
  /** Ctrl+S: saves now and marks the save as deliberate. */
  saveNow(): Promise<void>;
  /** Saves pending edits before reading from the store (exports, panels). */
  flushPending(): Promise<void>;
}

interface Options {
  onSaved(summary: { id: string; title: string; updatedAt: string }): void;
  onError(error: unknown): void;
}

export function useDocumentSession(doc: Document, options: Options): DocumentSession {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const initialMeta = (): ContentMeta => ({ title: doc.title, frame: doc.frame, portal: doc.portal });
  const metaRef = useRef<ContentMeta>(initialMeta());
  const bodyRef = useRef<() => BodyDoc>(() => doc.body);
  const draftRef = useRef<Draft>(draftOf(metaRef.current, bodyRef.current));
  const [meta, setMeta] = useState<ContentMeta>(initialMeta);
  const statusStore = useMemo(() => createSaveStatusStore(), [doc.id]);

  const queue = useMemo(
    () =>
      new SaveQueue<Draft>({
        debounceMs: AUTOSAVE_DEBOUNCE_MS,
        onStatus: (next) => statusStore.update(next),
        save: async (draft, explicit) => {
          const content = draft();
          try {
            const { updatedAt } = await api['documents.save']({ id: doc.id, content, explicit });
            optionsRef.current.onSaved({ id: doc.id, title: content.title, updatedAt });
          } catch (error) {
            optionsRef.current.onError(error);
            throw error;
          }
        },
      }),
    [doc.id, statusStore],
  );

  useEffect(() => {
    const session: EditingSession = {
      id: doc.id,
      flush: (explicit) => {
        // Ctrl+S is a deliberate checkpoint (a revision), even when autosave already stored the text.
        if (explicit && !queue.hasPending) queue.update(draftRef.current);
        return queue.flush(explicit);
      },
      pendingContent: () => queue.pendingContent?.() ?? null,
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
      const next = update(metaRef.current);
      metaRef.current = next;
      draftRef.current = draftOf(next, bodyRef.current);
      setMeta(next);
      queue.update(draftRef.current);
    },
    [queue],
  );

  const updateBody = useCallback(
    (read: () => BodyDoc) => {
      bodyRef.current = once(read);
      draftRef.current = draftOf(metaRef.current, bodyRef.current);
      queue.update(draftRef.current);
    },
    [queue],
  );

  const saveNow = useCallback(async () => {
    if (!queue.hasPending) queue.update(draftRef.current);
    // A failure is already reported by the save itself and shown in the status.
    await queue.flush(true).catch(() => undefined);
  }, [queue]);

  const flushPending = useCallback(() => queue.flush(false).catch(() => undefined), [queue]);

  return { meta, statusStore, updateMeta, updateBody, saveNow, flushPending };
}
