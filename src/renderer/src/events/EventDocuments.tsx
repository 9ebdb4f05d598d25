/**
 * The event's documents with their state (nháp / đã kiểm tra / đã ban hành) and the three actions:
 * "Tạo văn bản" (adds what is missing, never overwrites), "Xuất tất cả" (progress, Hủy) and the
 * portal copy of the event's article. Ctrl+Shift+G and Ctrl+Shift+E are the first two.
 */
import { useEffect, useRef, useState } from 'react';
import type { EventView } from '../../../shared/event/event';
import { api, isElectron } from '../api/client';
import { Icon } from '../app/icons';
import { copyForPortal } from '../documents/export-actions';
import { useLocale } from '../i18n/locale';
import { useEventStrings } from './strings';
import { saveShownForm } from './shown-form';
import { useEventExport } from './use-event-export';

interface EventDocumentsProps {
  event: EventView;
  /** The event was created just now: "Tạo văn bản" takes the focus as the workspace shows. */
  focusGenerate: boolean;
  onChanged(event: EventView): void;
  onOpenDocument(id: string): void;
  /** New documents were made: the sidebar lists them. */
  onDocumentsMade(): void;
  onError(error: unknown): void;
  notify(text: string): void;
}

export function EventDocuments({ event, focusGenerate, onChanged, onOpenDocument, onDocumentsMade, onError, notify }: EventDocumentsProps) {
  const s = useEventStrings();
  const { kindLabel } = useLocale();
  const [generating, setGenerating] = useState(false);
  /** Where the focus goes once "Tạo văn bản" is done (its button was disabled meanwhile, so the focus fell to the page). */
  const [focusAfter, setFocusAfter] = useState<{ documentId: string | null } | null>(null);
  const generateButton = useRef<HTMLButtonElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const exporting = useEventExport(onError);
  const running = exporting.status?.state === 'running';
  const article = event.documents.find((doc) => doc.kind === 'article');

  const refresh = async () => onChanged(await api['events.get']({ id: event.id }));

  const generate = async () => {
    if (generating) return;
    setGenerating(true);
    try {
      // The documents are made from the stored event: the form's unsaved facts and photos first.
      if (!(await saveShownForm())) return;
      const before = new Set(event.documents.map((doc) => doc.id));
      const documents = await api['events.generate']({ id: event.id });
      await refresh();
      onDocumentsMade();
      notify(s.generated(documents.length - before.size));
      setFocusAfter({ documentId: documents.find((doc) => !before.has(doc.id))?.id ?? null });
    } catch (error) {
      onError(error);
    } finally {
      setGenerating(false);
    }
  };

  const copy = async () => {
    if (!article) return notify(s.noArticle);
    try {
      await copyForPortal(article.id);
      notify(s.copied);
    } catch (error) {
      onError(error);
    }
  };

  const setChecked = async (documentId: string, checked: boolean) => {
    try {
      await api['events.setChecked']({ documentId, checked });
      await refresh();
    } catch (error) {
      onError(error);
    }
  };

  const exportAll = async () => {
    if (running) return;
    if (await saveShownForm()) await exporting.start(event.id);
  };

  // After "Tạo văn bản" the clerk goes on from what it made: the first new document's title (Enter
  // opens it, Tab walks the list); when nothing was missing, back on the button.
  useEffect(() => {
    if (!focusAfter || generating) return;
    const { documentId } = focusAfter;
    const made = documentId ? table.current?.querySelector<HTMLElement>(`[data-document-id="${documentId}"] .event-doc-title`) : null;
    (made ?? generateButton.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter, generating, event.documents]);

  const keys = useRef({ generate, exportAll: () => void exportAll() });
  keys.current = { generate, exportAll: () => void exportAll() };
  useEffect(() => {
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      if (!(keyEvent.ctrlKey || keyEvent.metaKey) || !keyEvent.shiftKey || keyEvent.altKey) return;
      const key = keyEvent.key.toLowerCase();
      if (key === 'g') {
        keyEvent.preventDefault();
        void keys.current.generate();
      } else if (key === 'e') {
        keyEvent.preventDefault();
        keys.current.exportAll();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const status = exporting.status;
  return (
    <section className="event-section" aria-labelledby="event-docs-heading">
      <div className="event-section-head">
        <h2 id="event-docs-heading">{s.documents}</h2>
        <div className="event-actions">
          {/* Focused when the event was just created: making its documents is the next step, and
              Enter here adds what is missing and never overwrites. */}
          <button ref={generateButton} type="button" className="button button-primary" onClick={() => void generate()} disabled={generating} title={s.generateTip} autoFocus={focusGenerate}>
            <Icon name="template" size={16} />
            {s.generate}
          </button>
          <button type="button" className="button" onClick={() => void exportAll()} disabled={running || event.documents.length === 0} title={s.exportAllTip}>
            <Icon name="word" size={16} />
            {s.exportAll}
          </button>
          <button type="button" className="button" onClick={() => void copy()} disabled={!article} title={s.copyPortalTip}>
            <Icon name="copy" size={16} />
            {s.copyPortal}
          </button>
        </div>
      </div>
      {status && (
        <div className={`event-export event-export-${status.state}`} role="status" aria-live="polite">
          {status.state === 'running' && (
            <>
              <progress value={status.progress.done} max={Math.max(status.progress.total, 1)} aria-label={s.exportAll} />
              <span>{s.exporting(status.progress.done, status.progress.total)}</span>
              <span className="event-muted event-export-current">{status.progress.current}</span>
              <button type="button" className="button" onClick={exporting.cancel}>
                {s.cancelExport}
              </button>
            </>
          )}
          {status.state === 'done' && status.result && (
            <>
              <Icon name="check" size={16} />
              <span className="event-export-folder">{s.exportDone(status.result.files.length, status.result.folder)}</span>
              {isElectron && (
                <button type="button" className="button" onClick={exporting.openFolder}>
                  {s.openFolder}
                </button>
              )}
              {status.result.notes.map((note) => (
                <p key={note} className="event-export-note">
                  {note}
                </p>
              ))}
            </>
          )}
          {status.state === 'cancelled' && <span>{s.exportCancelled}</span>}
          {status.state === 'failed' && <span className="event-export-error">{status.error}</span>}
        </div>
      )}
      {event.documents.length === 0 ? (
        <p className="event-muted">{s.noDocuments}</p>
      ) : (
        <table ref={table} className="event-table event-docs" aria-label={s.documents}>
          <thead>
            <tr>
              <th>{s.kind}</th>
              <th>{s.docTitle}</th>
              <th>{s.state}</th>
              <th>{s.checked}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {event.documents.map((doc) => (
              <tr key={doc.id} data-document-id={doc.id}>
                <td className="event-doc-kind">{kindLabel(doc.kind)}</td>
                <td>
                  <button type="button" className="link-button event-doc-title" onClick={() => onOpenDocument(doc.id)}>
                    {doc.title}
                  </button>
                </td>
                <td>
                  <span className={`event-state event-state-${doc.state}`}>{s.states[doc.state]}</span>
                </td>
                <td className="event-col-center">
                  <input
                    type="checkbox"
                    aria-label={`${s.checked}: ${doc.title}`}
                    checked={doc.state !== 'draft'}
                    disabled={doc.state === 'issued'}
                    onChange={(e) => void setChecked(doc.id, e.target.checked)}
                  />
                </td>
                <td>
                  <button type="button" className="button" onClick={() => onOpenDocument(doc.id)}>
                    {s.open}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
