/**
 * "Sao lưu" in the settings dialog: back up now, the list of backups (newest first) with "Khôi phục",
 * and "Mở thư mục sao lưu". Restoring first keeps the current data in a safety backup (backup.restore
 * does it), then the app reloads so every panel reads the restored store.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { Dialog } from '../app/Dialog';
import { formatEditTime } from '../documents/document-groups';
import { useLocale } from '../i18n/locale';
import type { Strings } from '../i18n/strings-vi';
import './backup-section.css';

type Backup = RouteOutput<'backup.list'>[number];

export function BackupSection({ onError }: { onError(error: unknown): void }) {
  const { t } = useLocale();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [made, setMade] = useState<Backup | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [pathCopied, setPathCopied] = useState(false);

  const load = useCallback(() => {
    api['backup.list']({}).then(setBackups).catch(onError);
  }, [onError]);
  useEffect(load, [load]);

  const backupNow = () => {
    setBusy(true);
    api['backup.now']({})
      .then((backup) => {
        setMade(backup);
        load();
      })
      .catch(onError)
      .finally(() => setBusy(false));
  };

  const restore = (backup: Backup) => {
    setBusy(true);
    api['backup.restore']({ name: backup.name })
      // Every open document, list and panel must read the restored store: start the page afresh.
      .then(() => window.location.reload())
      .catch((error: unknown) => {
        setBusy(false);
        setConfirming(null);
        onError(error);
      });
  };

  const openFolder = () => {
    api['backup.openFolder']({})
      .then((result) => setFolder(result.opened ? null : result.path))
      .catch(onError);
  };

  const copyPath = (path: string) => {
    navigator.clipboard.writeText(path).then(() => setPathCopied(true), onError);
  };

  const tagLabel = (tag: Backup['tag']) => t[`backupTag_${tag}` as keyof Strings] ?? tag;
  return (
    <fieldset className="backup-section">
      <legend>{t.backupTitle}</legend>
      <div className="backup-actions">
        <button type="button" className="button" onClick={backupNow} disabled={busy}>
          {t.backupNow}
        </button>
        <button type="button" className="button" onClick={openFolder}>
          {t.backupOpenFolder}
        </button>
      </div>
      {made && (
        <p className="backup-made" role="status">
          {t.backupMade}
          {made.name} ({formatEditTime(made.createdAt)})
        </p>
      )}
      {folder && (
        <div className="backup-folder">
          <span className="muted">{t.backupFolder}</span>
          <code>{folder}</code>
          <button type="button" className="link-button" onClick={() => copyPath(folder)}>
            {pathCopied ? t.pathCopied : t.copyPath}
          </button>
        </div>
      )}
      {backups === null && <p className="muted">{t.loading}</p>}
      {backups?.length === 0 && <p className="muted">{t.backupEmpty}</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label={t.backupTitle}>
          {backups.map((backup) => (
            <li key={backup.file} className="backup-item">
              <span className="backup-time">{formatEditTime(backup.createdAt)}</span>
              <span className="backup-tag">{tagLabel(backup.tag)}</span>
              <button type="button" className="link-button" disabled={busy} onClick={() => setConfirming(backup)}>
                {t.backupRestore}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog
          title={t.backupRestoreTitle}
          onClose={() => !busy && setConfirming(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy} data-autofocus>
                {t.cancel}
              </button>
              <button type="button" className="button button-danger" onClick={() => restore(confirming)} disabled={busy}>
                {t.backupRestore}
              </button>
            </>
          }
        >
          <p className="confirm-title">{t.backupRestoreFrom + formatEditTime(confirming.createdAt)}</p>
          <p>{t.backupRestoreBody}</p>
        </Dialog>
      )}
    </fieldset>
  );
}
