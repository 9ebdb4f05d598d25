/** "Lịch sử phiên bản": revisions of the document, newest first; restoring never overwrites (revisions.restore). */
import { useCallback, useEffect, useState } from 'react';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { useLocale } from '../i18n/locale';
import type { Strings } from '../i18n/strings-vi';
import { formatEditTime } from './document-groups';
import './history-panel.css';

type Revision = RouteOutput<'revisions.list'>[number];

interface HistoryPanelProps {
  documentId: string;
  flush(): Promise<void>;
  onRestored(message: string): void;
  onError(error: unknown): void;
}

export function HistoryPanel({ documentId, flush, onRestored, onError }: HistoryPanelProps) {
  const { t } = useLocale();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    flush()
      .then(() => api['revisions.list']({ id: documentId }))
      .then(setRevisions)
      .catch(onError);
  }, [documentId, flush, onError]);
  useEffect(load, [load]);

  const restore = (revision: Revision) => {
    setBusy(true);
    flush()
      .then(() => api['revisions.restore']({ id: documentId, revisionId: revision.revisionId }))
      .then(() => onRestored(t.historyRestored + formatEditTime(revision.createdAt)))
      .catch(onError)
      .finally(() => setBusy(false));
  };

  const reasonLabel = (reason: string) => t[`reason_${reason}` as keyof Strings] ?? reason;
  return (
    <div className="panel-section">
      <p className="panel-hint">{t.historyHint}</p>
      {revisions === null && <p className="muted">{t.loading}</p>}
      {revisions?.length === 0 && <p className="muted">{t.historyEmpty}</p>}
      <ul className="history-list">
        {revisions?.map((revision, index) => (
          <li key={revision.revisionId} className="history-item">
            <div className="history-head">
              <span className="history-time">{formatEditTime(revision.createdAt)}</span>
              <span className="history-reason">{reasonLabel(revision.reason)}</span>
            </div>
            <div className="history-preview">{revision.preview || revision.title}</div>
            {index > 0 && (
              <button type="button" className="link-button" disabled={busy} onClick={() => restore(revision)}>
                {t.historyRestore}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
