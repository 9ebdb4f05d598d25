/** Save status at the far right of the top bar (docs/ui-conventions.md): "Đang lưu…", "Đã lưu lúc 10:42", or a red retry. */
import { Icon } from '../app/icons';
import { useLocale } from '../i18n/locale';
import { formatClockTime } from './document-groups';
import { useSyncExternalStore } from 'react';
import type { SaveStatusStore } from './save-status-store';
import './save-status.css';

export function SaveStatusView({ store, onRetry }: { store: SaveStatusStore; onRetry(): void }) {
  const { t } = useLocale();
  const status = useSyncExternalStore(store.subscribe, store.get);
  if (status.state === 'error') {
    return (
      <button type="button" className="save-status is-error" onClick={onRetry} data-testid="save-status">
        <Icon name="alert" size={15} />
        {t.saveFailed}
      </button>
    );
  }
  // Pending (saving, or edits not sent yet) shows a dot; stored shows a tick. Just opened: what is
  // shown is what the store holds.
  const pending = status.state === 'saving' || status.state === 'dirty';
  const text =
    status.state === 'saving' ? t.saving : status.state === 'dirty' ? t.unsaved : status.state === 'saved' ? `${t.savedAt}${formatClockTime(status.at)}` : t.saved;
  return (
    <span className={`save-status ${status.state === 'dirty' ? 'is-dirty' : pending ? 'is-saving' : 'is-saved'}`} role="status" data-testid="save-status">
      {pending ? <span className="save-dot" /> : <Icon name="check" size={15} />}
      {text}
    </span>
  );
}
