/** "Xem trước cổng thông tin": the HTML that "Sao chép cho cổng thông tin" puts on the clipboard. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { useLocale } from '../i18n/locale';

interface PortalPreviewPanelProps {
  documentId: string;
  flush(): Promise<void>;
  onError(error: unknown): void;
}

export function PortalPreviewPanel({ documentId, flush, onError }: PortalPreviewPanelProps) {
  const { t } = useLocale();
  const [html, setHtml] = useState<string | null>(null);
  const load = useCallback(() => {
    flush()
      // The live preview keeps no revision: only a real copy or file export does (revisions.snapshot).
      .then(() => api['export.portalHtml']({ id: documentId }))
      .then((result) => setHtml(result.html))
      .catch(onError);
  }, [documentId, flush, onError]);
  useEffect(load, [load]);

  return (
    <div className="panel-section">
      <p className="panel-hint">{t.portalHint}</p>
      {html === null ? (
        <p className="muted">{t.loading}</p>
      ) : (
        // The fragment is the exporter's own output (escaped text, allowlisted tags); the CSP forbids scripts regardless.
        <div className="portal-preview" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      <button type="button" className="button" onClick={load}>
        {t.refresh}
      </button>
    </div>
  );
}
