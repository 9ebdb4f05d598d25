/** "Chọn mẫu văn bản": opened by "Tạo mới" (Ctrl+N); built-in templates first, then the user's own. */
import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../shared/template/template';
import { api } from '../api/client';
import { Dialog } from '../app/Dialog';
import { useLocale } from '../i18n/locale';
import { moveAmongCards } from './card-arrows';
import './template-gallery.css';

interface TemplateGalleryProps {
  onClose(): void;
  onCreate(templateId: string): Promise<void>;
  onError(error: unknown): void;
}

export function TemplateGallery({ onClose, onCreate, onError }: TemplateGalleryProps) {
  const { t, kindLabel } = useLocale();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [creating, setCreating] = useState<string | null>(null);

  useEffect(() => {
    api['templates.list']({}).then(setTemplates, onError);
  }, [onError]);

  const create = (id: string) => {
    if (creating) return;
    setCreating(id);
    onCreate(id).finally(() => setCreating(null));
  };

  const sections: Array<{ title: string; items: TemplateSummary[] }> = [
    { title: t.galleryBuiltin, items: (templates ?? []).filter((item) => item.source === 'builtin') },
    { title: t.galleryUser, items: (templates ?? []).filter((item) => item.source === 'user') },
  ];
  // The focus starts on the first template once the list is in (Dialog waits for it): Enter makes it, Tab walks on.
  const firstShown = sections.find((section) => section.items.length > 0)?.items[0]?.id;
  return (
    <Dialog title={t.galleryTitle} onClose={onClose} wide>
      <p className="dialog-hint">{t.galleryHint}</p>
      {!templates && <p className="muted">{t.loading}</p>}
      {/* Arrow keys move among the cards (card-arrows.ts). */}
      <div className="gallery-cards" onKeyDown={(event) => moveAmongCards(event.nativeEvent, event.currentTarget)}>
        {sections
          .filter((section) => section.items.length > 0)
          .map((section) => (
            <section key={section.title} className="gallery-section">
              <h3>{section.title}</h3>
              <div className="gallery-grid">
                {section.items.map((template) => (
                  <button
                    key={template.id}
                    type="button"
                    className={`template-card${creating === template.id ? ' is-busy' : ''}`}
                    data-template-id={template.id}
                    data-autofocus={template.id === firstShown || undefined}
                    onClick={() => create(template.id)}
                    disabled={creating !== null}
                  >
                    <span className="template-thumb" aria-hidden="true">
                      <span className="thumb-line thumb-head" />
                      <span className="thumb-line thumb-title" />
                      <span className="thumb-line" />
                      <span className="thumb-line" />
                      <span className="thumb-line thumb-short" />
                    </span>
                    <span className="template-kind">{kindLabel(template.kind)}</span>
                    <span className="template-name">{template.name}</span>
                    <span className="template-description">{template.description}</span>
                  </button>
                ))}
              </div>
            </section>
          ))}
      </div>
    </Dialog>
  );
}
