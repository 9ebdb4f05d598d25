/** Nothing destructive without confirmation (docs/ui-conventions.md): the dialog says the document can be restored. */
import { useLocale } from '../i18n/locale';
import { Dialog } from './Dialog';

export function ConfirmDeleteDialog({ title, onCancel, onConfirm }: { title: string; onCancel(): void; onConfirm(): void }) {
  const { t } = useLocale();
  return (
    <Dialog
      title={t.confirmDeleteTitle}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t.cancel}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {t.deleteDocument}
          </button>
        </>
      }
    >
      <p className="confirm-title">«{title}»</p>
      <p>{t.confirmDeleteBody}</p>
    </Dialog>
  );
}
