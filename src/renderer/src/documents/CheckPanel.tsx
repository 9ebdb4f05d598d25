/** "Kiểm tra thể thức" (UI.md right panel): what export.check says is missing; a click jumps to the field. */
import { useCallback, useEffect, useState } from 'react';
import { Icon } from '../app/icons';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { fieldForPath, type FrameFieldKey } from '../frame/frame-fields';
import { useLocale } from '../i18n/locale';

type Problem = RouteOutput<'export.check'>['problems'][number];

interface CheckPanelProps {
  documentId: string;
  flush(): Promise<void>;
  onFocusField(field: FrameFieldKey): void;
  onError(error: unknown): void;
}

export function CheckPanel({ documentId, flush, onFocusField, onError }: CheckPanelProps) {
  const { t } = useLocale();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const run = useCallback(() => {
    flush()
      .then(() => api['export.check']({ id: documentId }))
      .then((result) => setProblems(result.problems))
      .catch(onError);
  }, [documentId, flush, onError]);
  useEffect(run, [run]);

  return (
    <div className="panel-section">
      <p className="panel-hint">{t.checkHint}</p>
      {problems === null && <p className="muted">{t.loading}</p>}
      {problems?.length === 0 && (
        <p className="check-ok">
          <Icon name="check" size={16} />
          {t.checkOk}
        </p>
      )}
      <ul className="check-list">
        {problems?.map((problem, index) => {
          const field = fieldForPath(problem.field);
          return (
            <li key={index}>
              <button type="button" className="check-item" disabled={!field} onClick={() => field && onFocusField(field)}>
                <Icon name="alert" size={16} />
                <span>{problem.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={run}>
        {t.checkAgain}
      </button>
    </div>
  );
}
