/**
 * A short confirmation at the bottom ("Đã xóa văn bản." with "Khôi phục"). It can be closed by
 * hand, and App closes it when the screen changes: a long export warning must not sit on a dialog's
 * buttons.
 */
import { useLocale } from '../i18n/locale';
import { Icon } from './icons';
import './toast.css';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void };
}

export function Toast({ toast, onDone }: { toast: ToastMessage; onDone(): void }) {
  const { t } = useLocale();
  return (
    <div className="toast" role="status">
      <span>{toast.text}</span>
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
      <button type="button" className="icon-button toast-close" aria-label={t.dismiss} onClick={onDone}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
