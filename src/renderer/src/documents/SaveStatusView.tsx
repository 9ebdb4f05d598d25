/** Save status at the far right of the top bar (UI.md): "Đang lưu…", "Đã lưu lúc 10:42", or a red retry. */
import { Icon } from '../app/icons';
import { useLocale } from '../i18n/locale';
import { formatClockTime } from './document-groups';
import type { SaveStatus } from './save-queue';

export function SaveStatusView({ status, onRetry }: { status: SaveStatus; onRetry(): void }) {
  const { t } = useLocale();
  switch (status.state) {
    case 'saving':
      return (
        <span className="save-status is-saving" role="status" data-testid="save-status">
          <span className="save-dot" />
          {t.saving}
        </span>
      );
    case 'saved':
      return (
        <span className="save-status is-saved" role="status" data-testid="save-status">
          <Icon name="check" size={15} />
          {t.savedAt}
          {formatClockTime(status.at)}
        </span>
      );
    case 'error':
      return (
        <button type="button" className="save-status is-error" onClick={onRetry} data-testid="save-status">
          <Icon name="alert" size={15} />
          {t.saveFailed}
        </button>
      );
    case 'dirty':
      return (
        <span className="save-status is-dirty" role="status" data-testid="save-status">
          <span className="save-dot" />
          {t.unsaved}
        </span>
      );
    default:
      // Just opened: what is shown is what the store holds.
      return (
        <span className="save-status is-saved" role="status" data-testid="save-status">
          <Icon name="check" size={15} />
          {t.saved}
        </span>
      );
  }
}
