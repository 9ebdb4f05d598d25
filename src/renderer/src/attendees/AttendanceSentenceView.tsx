/**
 * Node view of a report's attendance sentence: the sentence as the list reads now (asked from main
 * on mount, when the window comes back into view and on "Cập nhật"), or the frozen text. "Cố định"
 * keeps the current text in the report; "Bỏ cố định" goes back to the live list.
 */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { attendanceSentenceAttrs, MISSING_LIST_TEXT } from '../../../shared/attendee/attendance-sentence-node';
import type { BodyNode } from '../../../shared/document/body';
import { api, ApiError } from '../api/client';
import { useListStrings } from './strings';
import './attendance-sentence.css';

type LiveState = { status: 'loading' } | { status: 'ok'; text: string } | { status: 'missing' } | { status: 'failed'; message: string };

export function AttendanceSentenceView({ node, editor, selected, updateAttributes }: ReactNodeViewProps) {
  const s = useListStrings();
  const { listId, leadingRowIds, frozenText } = attendanceSentenceAttrs({ attrs: node.attrs as BodyNode['attrs'] });
  const frozen = frozenText !== null;
  const leadingKey = leadingRowIds ? JSON.stringify(leadingRowIds) : '';
  const [live, setLive] = useState<LiveState>({ status: 'loading' });

  const refresh = useCallback(() => {
    if (frozen || !listId) return;
    const ids = leadingKey ? (JSON.parse(leadingKey) as string[]) : null;
    api['reports.attendanceSentence']({ listId, ...(ids ? { leadingRowIds: ids } : {}) }).then(
      (sentence) => setLive({ status: 'ok', text: sentence.text }),
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'not_found') setLive({ status: 'missing' });
        else setLive({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [frozen, listId, leadingKey]);

  // The list is edited elsewhere (its own document, another window): read it again on return.
  useEffect(() => {
    refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const missing = !frozen && (!listId || live.status === 'missing');
  const text = frozen
    ? frozenText
    : missing
      ? MISSING_LIST_TEXT
      : live.status === 'ok'
        ? live.text
        : live.status === 'failed'
          ? live.message
          : s.sentenceLoading;
  const classes = ['attendance-sentence', frozen ? 'is-frozen' : 'is-live', missing ? 'is-missing' : '', selected ? 'is-selected' : ''].filter(Boolean).join(' ');
  // Buttons act on click only: mousedown would move the editor's selection first.
  const keep = (event: MouseEvent) => event.preventDefault();

  return (
    <NodeViewWrapper className={classes} data-attendance-sentence="" data-testid="attendance-sentence" title={frozen ? s.sentenceFrozenTip : s.sentenceLinkedTip}>
      <span className="attendance-sentence-text">{text}</span>
      {editor.isEditable && (
        <span className="attendance-sentence-actions" contentEditable={false}>
          {!frozen && (
            <button type="button" title={s.sentenceRefresh} aria-label={s.sentenceRefresh} onMouseDown={keep} onClick={refresh}>
              ⟳ {s.sentenceRefresh}
            </button>
          )}
          {frozen ? (
            <button type="button" onMouseDown={keep} onClick={() => updateAttributes({ frozenText: null })}>
              {s.sentenceUnfreeze}
            </button>
          ) : (
            <button type="button" disabled={live.status !== 'ok'} onMouseDown={keep} onClick={() => live.status === 'ok' && updateAttributes({ frozenText: live.text })}>
              {s.sentenceFreeze}
            </button>
          )}
        </span>
      )}
    </NodeViewWrapper>
  );
}
