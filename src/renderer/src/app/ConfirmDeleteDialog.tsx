/**
 * Nothing destructive without confirmation (docs/ui-conventions.md): the dialog names the thing and
 * says what becomes of it — a document can be restored; an event's own words come from its caller.
 */
import { useLocale } from '../i18n/locale';
import { Dialog } from './Dialog';

interface ConfirmDeleteDialogProps {
  title: string;
  onCancel(): void;
  onConfirm(): void;
  /** The dialog's heading, what happens, and the button; a document's by default. */
  words?: { heading: string; body: string; confirm: string };
}

export function ConfirmDeleteDialog({ title, onCancel, onConfirm, words }: ConfirmDeleteDialogProps) {
  const { t } = useLocale();
  const shown = words ?? { heading: t.confirmDeleteTitle, body: t.confirmDeleteBody, confirm: t.deleteDocument };
  return (
    <Dialog
      title={shown.heading}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t.cancel}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {shown.confirm}
          </button>
        </>
      }
    >
      <p className="confirm-title">«{title}»</p>
      <p>{shown.body}</p>
    </Dialog>
  );
}
