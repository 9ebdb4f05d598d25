/** Errors in plain Vietnamese (docs/ui-conventions.md manners): the message and where; the technical detail one click away. */
import { useState } from 'react';
import { ApiError } from '../api/client';
import { friendlyWhere } from './error-where';
import { useLocale } from '../i18n/locale';
import { Icon } from './icons';
import './error-banner.css';

export interface ShownError {
  message: string;
  where?: string;
  detail?: string;
  /** Set for a failed save: cleared when a later save succeeds. */
  fromSave?: boolean;
}

export function toShownError(error: unknown): ShownError {
  if (error instanceof ApiError) {
    const detail = [error.code, error.where, error.detail].filter(Boolean).join(' · ');
    return { message: error.message, where: friendlyWhere(error.where), detail };
  }
  if (error instanceof Error) return { message: 'Đã có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.', detail: `${error.name}: ${error.message}` };
  return { message: 'Đã có lỗi không mong muốn.', detail: String(error) };
}

export function ErrorBanner({ error, onDismiss }: { error: ShownError; onDismiss(): void }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <div className="error-banner" role="alert">
      <Icon name="alert" size={18} />
      <div className="error-text">
        <div className="error-message">{error.message}</div>
        {error.where && (
          <div className="error-where">
            {t.errorAt}
            {error.where}
          </div>
        )}
        {open && error.detail && <pre className="error-detail">{error.detail}</pre>}
      </div>
      {error.detail && (
        <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {t.errorDetails}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t.dismiss} onClick={onDismiss}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
