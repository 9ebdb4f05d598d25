/**
 * "Đã xóa": the documents the clerk deleted, newest deletion first, each with "Khôi phục" (back in
 * the list, opened) and "Xóa vĩnh viễn" (after a confirmation naming the document; its history goes
 * too). The store keeps a deleted document until then (documents.listDeleted / documents.purge).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeletedDocumentSummary } from '../../../shared/document/document';
import { api } from '../api/client';
import { Dialog } from '../app/Dialog';
import { useLocale } from '../i18n/locale';
import { formatEditTime } from './document-groups';
import './deleted-documents.css';

interface DeletedDocumentsDialogProps {
  onClose(): void;
  /** After a restore: the shell refreshes its list and opens the document. */
  onRestored(id: string): void;
  onError(error: unknown): void;
}

export function DeletedDocumentsDialog({ onClose, onRestored, onError }: DeletedDocumentsDialogProps) {
  const { t, kindLabel } = useLocale();
  const [documents, setDocuments] = useState<DeletedDocumentSummary[] | null>(null);
  const [confirming, setConfirming] = useState<DeletedDocumentSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api['documents.listDeleted']({}).then(setDocuments).catch(onError);
  }, [onError]);
  useEffect(load, [load]);

  const restore = (doc: DeletedDocumentSummary) => {
    setBusy(true);
    api['documents.restore']({ id: doc.id })
      .then(() => onRestored(doc.id))
      .catch(onError)
      .finally(() => setBusy(false));
  };

  const purge = (doc: DeletedDocumentSummary) => {
    setBusy(true);
    api['documents.purge']({ id: doc.id })
      .then(() => {
        setConfirming(null);
        load();
      })
      .catch(onError)
      .finally(() => setBusy(false));
  };

  return (
    <Dialog title={t.trashTitle} onClose={() => !busy && onClose()} wide>
      <p className="panel-hint">{t.trashHint}</p>
      {documents === null && <p className="muted">{t.loading}</p>}
      {documents?.length === 0 && <p className="muted trash-empty">{t.trashEmpty}</p>}
      {documents && documents.length > 0 && (
        <ul className="trash-list" aria-label={t.trashTitle}>
          {documents.map((doc) => (
            <li key={doc.id} className="trash-item" data-id={doc.id}>
              <div className="trash-text">
                <span className="trash-title">{doc.title || t.untitled}</span>
                <span className="trash-meta">
                  {kindLabel(doc.kind)} · {t.trashDeletedAt}
                  {formatEditTime(doc.deletedAt)}
                </span>
              </div>
              <button type="button" className="button button-small" disabled={busy} onClick={() => restore(doc)}>
                {t.restore}
              </button>
              <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => setConfirming(doc)}>
                {t.trashPurge}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog
          title={t.trashPurgeTitle}
          onClose={() => !busy && setConfirming(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy} data-autofocus>
                {t.cancel}
              </button>
              <button type="button" className="button button-danger" onClick={() => purge(confirming)} disabled={busy}>
                {t.trashPurge}
              </button>
            </>
          }
        >
          <p className="confirm-title">«{confirming.title || t.untitled}»</p>
          <p>{t.trashPurgeBody}</p>
        </Dialog>
      )}
    </Dialog>
  );
}
