/** "Lưu thành mẫu": the current document (after its pending edits are saved) becomes one of "Mẫu của tôi". */
import { useState } from 'react';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../app/Dialog';
import { useLocale } from '../i18n/locale';

interface SaveTemplateDialogProps {
  documentId: string;
  defaultName: string;
  flush(): Promise<void>;
  onClose(): void;
  onSaved(name: string): void;
  onError(error: unknown): void;
}

export function SaveTemplateDialog({ documentId, defaultName, flush, onClose, onSaved, onError }: SaveTemplateDialogProps) {
  const { t } = useLocale();
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const submit = () => {
    if (!name.trim() || busy) return;
    setBusy(true);
    flush()
      .then(() => api['templates.saveFromDocument']({ documentId, name }))
      .then((template) => onSaved(template.name))
      .catch(onError)
      .finally(() => setBusy(false));
  };
  return (
    <Dialog
      title={t.saveAsTemplate}
      onClose={onClose}
      footer={
        <DialogActions cancelLabel={t.cancel} onCancel={onClose} confirmLabel={t.save} onConfirm={submit} confirmDisabled={!name.trim() || busy} />
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="form-field">
          <label htmlFor="template-name">{t.templateName}</label>
          <input id="template-name" type="text" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
