/** A news article (docs/nd30-rules.md §14) has no official frame: headline, then the optional date line. */
import type { DocumentContent } from '../../../shared/document/document';
import { useLocale } from '../i18n/locale';
import type { FrameFieldKey } from './frame-fields';
import { FramePart } from './FramePart';
import { formatPortalDateTime } from '../../../shared/export/portal-html-options';

interface ArticleProps {
  content: Omit<DocumentContent, 'body'>;
  onFocusField(field: FrameFieldKey): void;
}

export function ArticleHeader({ content, onFocusField }: ArticleProps) {
  const { t } = useLocale();
  // The same line the portal HTML and the Word file print (docs/nd30-rules.md §14).
  const dateLine = content.portal.publishedAt ? formatPortalDateTime(content.portal.publishedAt) : '';
  return (
    <header className="article-header">
      <FramePart field="title" onFocusField={onFocusField} className="article-title">
        {content.title || <span className="sheet-empty">{t.docTitle}</span>}
      </FramePart>
      <FramePart field="publishedAt" onFocusField={onFocusField} className="article-date">
        {dateLine || <span className="sheet-empty">{t.publishedAt}</span>}
      </FramePart>
    </header>
  );
}

export function ArticleByline({ content, onFocusField }: ArticleProps) {
  const { t } = useLocale();
  return (
    <FramePart field="author" onFocusField={onFocusField} className="article-author">
      {content.portal.author || <span className="sheet-empty">{t.author}</span>}
    </FramePart>
  );
}
