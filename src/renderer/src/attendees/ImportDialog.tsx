/**
 * "Nhập từ Excel/CSV": reads the file, shows what was understood (columns with a mapping choice for
 * each, rows, errors and warnings by row number), and adds the rows only when there is no error.
 * Nothing is written before the clerk confirms; a cancelled import leaves the list as it was.
 */
import { useEffect, useState } from 'react';
import { COLUMN_FIELD_LABELS_VI, COLUMN_FIELDS, formatImportIssue, type ColumnField, type ColumnMapping, type ImportPreview } from '../../../shared/attendee/import-preview';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../app/Dialog';
import { fileToBase64 } from './file-bytes';
import { useListStrings } from './strings';

interface ImportDialogProps {
  file: File;
  onClose(): void;
  onImport(preview: ImportPreview): void;
  onError(error: unknown): void;
}

const SHOWN_ISSUES = 60;

export function ImportDialog({ file, onClose, onImport, onError }: ImportDialogProps) {
  const s = useListStrings();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [busy, setBusy] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setBusy(true);
    fileToBase64(file)
      .then((dataBase64) => api['attendees.import']({ fileName: file.name, dataBase64, mapping, commit: false }))
      .then(
        (result) => {
          if (cancelled) return;
          setPreview(result.preview);
          setFailure(null);
        },
        (error: unknown) => {
          if (cancelled) return;
          setFailure(error instanceof Error ? error.message : String(error));
          onError(error);
        },
      )
      .finally(() => !cancelled && setBusy(false));
    return () => {
      cancelled = true;
    };
  }, [file, mapping, onError]);

  const canImport = !busy && preview !== null && preview.errors.length === 0 && preview.rows.length > 0;
  return (
    <Dialog
      title={`${s.importTitle}: ${file.name}`}
      onClose={onClose}
      wide
      footer={
        <DialogActions cancelLabel={s.cancel} onCancel={onClose} confirmLabel={s.importCommit} onConfirm={() => preview && onImport(preview)} confirmDisabled={!canImport} />
      }
    >
      <div className="att-import">
        {busy && <p className="att-muted">{s.importReading}</p>}
        {failure && <p className="att-error">{failure}</p>}
        {preview && (
          <>
            <p>
              <strong>{s.importRows(preview.rows.length)}</strong>
              {preview.sheetName ? ` — trang "${preview.sheetName}"` : ''}
              {preview.groups.length ? ` — ${preview.groups.length} nhóm` : ''}
            </p>
            {preview.columns.length > 0 && (
              <fieldset className="att-mapping">
                <legend>{s.importColumns}</legend>
                {preview.columns.map((column) => (
                  <label key={column.index}>
                    <span>{column.header || `Cột ${column.index + 1}`}</span>
                    <select
                      value={column.field}
                      onChange={(event) => setMapping((current) => ({ ...current, [String(column.index)]: event.target.value as ColumnField }))}
                    >
                      {COLUMN_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {COLUMN_FIELD_LABELS_VI[field]}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </fieldset>
            )}
            {preview.errors.length > 0 && (
              <div className="att-issues att-issues-error" role="alert">
                <p>{s.importErrors}</p>
                <ul>
                  {preview.errors.slice(0, SHOWN_ISSUES).map((issue, index) => (
                    <li key={index}>{formatImportIssue(issue)}</li>
                  ))}
                  {preview.errors.length > SHOWN_ISSUES && <li>… {preview.errors.length - SHOWN_ISSUES}</li>}
                </ul>
              </div>
            )}
            {preview.warnings.length > 0 && (
              <div className="att-issues">
                <p>{s.importWarnings}</p>
                <ul>
                  {preview.warnings.slice(0, SHOWN_ISSUES).map((issue, index) => (
                    <li key={index}>{formatImportIssue(issue)}</li>
                  ))}
                  {preview.warnings.length > SHOWN_ISSUES && <li>… {preview.warnings.length - SHOWN_ISSUES}</li>}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
