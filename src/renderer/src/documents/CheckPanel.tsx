/**
 * "Kiểm tra" (docs/ui-conventions.md right panel): the findings of shared/check for this document; a click jumps to
 * the place (the frame field with the text selected, or the words in the body), and a sure fix can
 * be applied with one click.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../../shared/check/finding';
import { Icon } from '../app/icons';
import { api } from '../api/client';
import { addUserWord, onUserWordsChange } from '../editor/user-dictionary';
import { useLocale } from '../i18n/locale';
import './check-panel.css';

interface CheckPanelProps {
  documentId: string;
  flush(): Promise<void>;
  /** Go to the finding's place. */
  onGoTo(finding: Finding): void;
  /** Apply the finding's fix; resolves once it is in the document. */
  onFix(finding: Finding): boolean;
  onError(error: unknown): void;
}

export function CheckPanel({ documentId, flush, onGoTo, onFix, onError }: CheckPanelProps) {
  const { t } = useLocale();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const run = useCallback(() => {
    flush()
      .then(() => api['export.check']({ id: documentId }))
      .then((result) => setFindings(result.findings))
      .catch(onError);
  }, [documentId, flush, onError]);
  useEffect(run, [run]);
  // A word added to the dictionary (here or from the editor's menu) is no longer a finding.
  useEffect(() => onUserWordsChange(run), [run]);

  return (
    <div className="panel-section" data-testid="check-panel">
      <p className="panel-hint">{t.checkHint}</p>
      {findings === null && <p className="muted">{t.loading}</p>}
      {findings?.length === 0 && (
        <p className="check-ok">
          <Icon name="check" size={16} />
          {t.checkOk}
        </p>
      )}
      {findings && findings.length > 0 && <p className="check-count">{t.checkCount + findings.length}</p>}
      <ul className="check-list">
        {findings?.map((finding, index) => (
          <li key={index} className="check-row" data-kind={finding.kind}>
            <button type="button" className="check-item" onClick={() => onGoTo(finding)}>
              <Icon name="alert" size={16} />
              <span>{finding.message}</span>
            </button>
            {finding.fix !== undefined && !finding.field && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  if (onFix(finding)) setTimeout(run, 0);
                }}
              >
                {t.checkFix + finding.fix}
              </button>
            )}
            {finding.kind === 'spelling' && (
              <button type="button" className="button button-small" onClick={() => addUserWord(finding.text).catch(onError)}>
                {t.checkAddWord}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={run}>
        {t.checkAgain}
      </button>
    </div>
  );
}
