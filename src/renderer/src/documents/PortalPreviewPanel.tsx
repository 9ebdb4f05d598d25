/**
 * "Xem trước cổng thông tin": exactly the HTML a portal copy puts on the clipboard, the choices that
 * shape it (docs/nd30-rules.md §14: title in its own CMS field or as h1, date line, byline, captions as a
 * table for editors that strip <figure>), and copy buttons for all, the title alone, or the body.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PortalHtmlOptions } from '../../../shared/export/portal-html-options';
import { api } from '../api/client';
import { useLocale } from '../i18n/locale';
import { copyForPortal, type PortalPart } from './export-actions';
import { loadPortalOptions, savePortalOptions } from './portal-options';
import './portal-preview-panel.css';

interface PortalPreviewPanelProps {
  documentId: string;
  flush(): Promise<void>;
  onError(error: unknown): void;
}

type Toggle = { key: 'title' | 'dateLine' | 'byline' | 'captions'; label: 'portalOptTitle' | 'portalOptDate' | 'portalOptByline' | 'portalOptCaptionTable' };

const TOGGLES: Toggle[] = [
  { key: 'title', label: 'portalOptTitle' },
  { key: 'dateLine', label: 'portalOptDate' },
  { key: 'byline', label: 'portalOptByline' },
  { key: 'captions', label: 'portalOptCaptionTable' },
];

function isOn(options: PortalHtmlOptions, key: Toggle['key']): boolean {
  if (key === 'title') return options.title === 'h1';
  if (key === 'captions') return options.captions === 'table';
  return options[key];
}

function withToggle(options: PortalHtmlOptions, key: Toggle['key'], on: boolean): PortalHtmlOptions {
  if (key === 'title') return { ...options, title: on ? 'h1' : 'omit' };
  if (key === 'captions') return { ...options, captions: on ? 'table' : 'figure' };
  return { ...options, [key]: on };
}

export function PortalPreviewPanel({ documentId, flush, onError }: PortalPreviewPanelProps) {
  const { t } = useLocale();
  const [options, setOptions] = useState<PortalHtmlOptions>(() => loadPortalOptions());
  const [html, setHtml] = useState<string | null>(null);
  const [copied, setCopied] = useState<string>('');

  const load = useCallback(() => {
    flush()
      // The live preview keeps no revision: only a real copy or file export does (revisions.snapshot).
      .then(() => api['export.portalHtml']({ id: documentId, options }))
      .then((result) => setHtml(result.html))
      .catch(onError);
  }, [documentId, flush, onError, options]);
  useEffect(load, [load]);

  const toggle = (key: Toggle['key'], on: boolean) => {
    const next = withToggle(options, key, on);
    savePortalOptions(next);
    setOptions(next);
  };

  const copy = (part: PortalPart, done: string) => {
    setCopied('');
    flush()
      .then(() => copyForPortal(documentId, options, part))
      .then(() => setCopied(done))
      .catch(onError);
  };

  return (
    <div className="panel-section">
      <p className="panel-hint">{t.portalHint}</p>
      <fieldset className="portal-options">
        {TOGGLES.map(({ key, label }) => (
          <label key={key} className="check-row">
            <input type="checkbox" checked={isOn(options, key)} onChange={(event) => toggle(key, event.target.checked)} />
            {t[label]}
          </label>
        ))}
      </fieldset>
      <div className="portal-copy-buttons">
        <button type="button" className="button button-primary" onClick={() => copy('all', t.portalCopiedAll)}>
          {t.portalCopyAll}
        </button>
        <button type="button" className="button" onClick={() => copy('title', t.portalCopiedTitle)}>
          {t.portalCopyTitle}
        </button>
        <button type="button" className="button" onClick={() => copy('body', t.portalCopiedBody)}>
          {t.portalCopyBody}
        </button>
      </div>
      <p className="portal-copied" role="status" data-testid="portal-copied">
        {copied}
      </p>
      {html === null ? (
        <p className="muted">{t.loading}</p>
      ) : (
        // The fragment is the exporter's own output (escaped text, allowlisted tags); the CSP forbids scripts regardless.
        <div className="portal-preview" data-testid="portal-preview" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      <button type="button" className="button" onClick={load}>
        {t.refresh}
      </button>
    </div>
  );
}
