/** Left sidebar (docs/ui-conventions.md): search on top, documents grouped by kind, newest first, with last-edit time. */
import { useEffect, useState, type RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/document/document';
import { Icon } from '../app/icons';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { useLocale } from '../i18n/locale';
import { formatEditTime, groupDocuments } from './document-groups';
import type { MarkedText } from '../../../shared/search/marked-text';
import './document-list.css';

type SearchHit = RouteOutput<'search.query'>[number];

interface DocumentListProps {
  documents: DocumentSummary[];
  openId: string | null;
  onOpen(id: string): void;
  onNew(): void;
  onSettings(): void;
  /** Opens "Đã xóa". */
  onTrash(): void;
  /** "Nhập từ tệp…": the file the clerk picked. */
  onImportFile(file: File): void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Tạo mới: where the focus goes once the first run is answered. */
  newButtonRef: RefObject<HTMLButtonElement | null>;
  /** The event workspace (Hội nghị / sự kiện) is showing. */
  eventsOpen: boolean;
  onEvents(): void;
}

/** Search's marked text as elements: text stays text, matched words in <mark>. */
function Marked({ parts, className }: { parts: MarkedText; className: string }) {
  return (
    <span className={className}>
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

export function DocumentList({ documents, openId, onOpen, onNew, onSettings, onTrash, onImportFile, searchRef, newButtonRef, eventsOpen, onEvents }: DocumentListProps) {
  const { t, kindLabel } = useLocale();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  // Full-text search while typing; if it fails the title filter below still works.
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api['search.query']({ query: text, limit: 30 })
        .then((result) => live && setHits(result))
        .catch(() => live && setHits(null));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const groups = hits ? [] : groupDocuments(documents, query);
  const empty = hits ? hits.length === 0 : groups.length === 0;
  return (
    <nav className="sidebar" aria-label="Văn bản">
      <div className="sidebar-brand">
        <span className="brand-mark">TK</span>
        <span className="brand-name">{t.appName}</span>
      </div>
      <div className="sidebar-search">
        <Icon name="search" size={16} />
        <input
          ref={searchRef}
          type="search"
          placeholder={t.searchPlaceholder}
          aria-label={t.searchPlaceholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </div>
      <button ref={newButtonRef} type="button" className="button button-primary new-button" onClick={onNew} title="Ctrl+N">
        <Icon name="plus" size={16} />
        {t.newDocument}
      </button>
      <button type="button" className={`sidebar-nav${eventsOpen ? ' is-open' : ''}`} onClick={onEvents} aria-current={eventsOpen}>
        <Icon name="calendar" size={16} />
        {t.events}
      </button>
      <div className="doc-groups">
        {empty && <p className="sidebar-empty">{query.trim() ? t.noSearchResults : t.noDocuments}</p>}
        {hits && hits.length > 0 && (
          <ul className="doc-items">
            {hits.map((hit) => (
              <li key={hit.id}>
                <button type="button" className={`doc-item${hit.id === openId ? ' is-open' : ''}`} onClick={() => onOpen(hit.id)}>
                  {hit.title ? <Marked className="doc-title" parts={hit.titleParts} /> : <span className="doc-title">{t.untitled}</span>}
                  <span className="doc-meta">{kindLabel(hit.kind)}</span>
                  {hit.snippet.length > 0 && <Marked className="doc-snippet" parts={hit.snippet} />}
                </button>
              </li>
            ))}
          </ul>
        )}
        {groups.map((group) => (
          <section key={group.kind} className="doc-group">
            <h3>
              {kindLabel(group.kind)} <span className="doc-count">{group.documents.length}</span>
            </h3>
            <ul className="doc-items">
              {group.documents.map((doc) => (
                <li key={doc.id}>
                  <button type="button" className={`doc-item${doc.id === openId && !eventsOpen ? ' is-open' : ''}`} onClick={() => onOpen(doc.id)} aria-current={doc.id === openId && !eventsOpen}>
                    <span className="doc-title">{doc.title || t.untitled}</span>
                    <span className="doc-meta">{formatEditTime(doc.updatedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <label className="sidebar-trash sidebar-import">
        <Icon name="word" size={16} />
        {t.importFile}
        <input
          type="file"
          hidden
          accept=".docx,.doc,.txt,.html,.htm,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onImportFile(file);
          }}
        />
      </label>
      <button type="button" className="sidebar-trash" onClick={onTrash}>
        <Icon name="trash" size={16} />
        {t.trashTitle}
      </button>
      <button type="button" className="sidebar-settings" onClick={onSettings}>
        <Icon name="settings" size={16} />
        {t.settings}
      </button>
    </nav>
  );
}
