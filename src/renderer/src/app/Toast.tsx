/**
 * A short confirmation in the bottom-right corner ("Đã xóa văn bản." with "Khôi phục"), over the side
 * panel rather than the centre's grid and tables. A message with warnings (an export's "còn thiếu")
 * shows the first and "và 3 cảnh báo khác", which opens the rest; it stays until closed (App). It can
 * be closed by hand, and App closes it when the screen changes: it must not sit on a dialog's buttons.
 */
import { useState } from 'react';
import { useLocale } from '../i18n/locale';
import { Icon } from './icons';
import './toast.css';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void };
  /** Warnings under the text, one a line: the first shown, the rest one click away. */
  details?: readonly string[];
}

/** What a screen passes to show a toast. */
export type ToastExtra = Pick<ToastMessage, 'action' | 'details'>;

export function Toast({ toast, onDone }: { toast: ToastMessage; onDone(): void }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const details = toast.details ?? [];
  const shown = open ? details : details.slice(0, 1);
  return (
    <div className="toast" role="status" aria-live="polite" title={[toast.text, ...details].join('\n')}>
      <div className="toast-body">
        <span>{toast.text}</span>
        {shown.length > 0 && (
          <ul className="toast-details">
            {shown.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
        {details.length > 1 && (
          <button type="button" className="link-button toast-more" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t.toastShowLess : `${t.toastMoreLead} ${details.length - 1} ${t.toastMoreTail}`}
          </button>
        )}
      </div>
      {toast.action && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            toast.action?.run();
            onDone();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button toast-close" aria-label={t.dismiss} title={t.dismiss} onClick={onDone}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
