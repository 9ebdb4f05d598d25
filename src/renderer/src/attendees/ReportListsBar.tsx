/**
 * In a report: choose an attendee list, insert the attendance sentence at the cursor ("Dự hội nghị
 * có: …", a live reference: attendance-sentence-node.ts), attach the list as a Phụ lục (a live
 * reference too: edits to the list show in the export)
 * and freeze it when the report is final.
 */
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import { attendanceSentenceNode } from '../../../shared/attendee/attendance-sentence-node';
import { api } from '../api/client';
import { GuestPickerDialog } from './GuestPickerDialog';
import { bodyQuotesList, useSentenceInBody } from './sentence-in-body';
import { useListStrings } from './strings';

interface Attachment {
  listId: string;
  name: string;
  rowCount: number;
  frozen: boolean;
}

export function ReportListsBar({ documentId, editor, onError }: { documentId: string; editor: Editor | null; onError(error: unknown): void }) {
  const s = useListStrings();
  const [lists, setLists] = useState<Array<{ id: string; name: string; rowCount: number }>>([]);
  const [picked, setPicked] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [picking, setPicking] = useState(false);

  const refresh = useCallback(() => {
    api['attendees.list']({}).then((all) => setLists(all.filter((list) => list.documentId !== documentId)), onError);
    api['attendees.attachments']({ documentId }).then(setAttachments, onError);
  }, [documentId, onError]);
  useEffect(refresh, [refresh]);

  // Until the clerk picks one, the list already attached as Phụ lục (a report made from an event has its
  // list attached), rather than "— Chọn danh sách —" beside "Phụ lục: …".
  const chosen = picked || (attachments.find((item) => lists.some((list) => list.id === item.listId))?.listId ?? '');

  const sentenceInBody = useSentenceInBody(editor, chosen);

  const act = (listId: string, action: 'attach' | 'detach' | 'freeze' | 'unfreeze') => api['attendees.attach']({ documentId, listId, action }).then(refresh, onError);

  // A live reference, not a pasted copy: edits to the list show in the report until it is frozen.
  const insertSentence = (leadingRowIds: string[]) => {
    setPicking(false);
    // Read again at the moment of inserting: one sentence per list, whatever the button showed.
    if (!chosen || !editor || bodyQuotesList(editor.state.doc, chosen)) return;
    editor.chain().focus().insertContent(attendanceSentenceNode({ listId: chosen, leadingRowIds, frozenText: null })).run();
  };

  const chosenList = lists.find((list) => list.id === chosen);
  const attached = attachments.some((item) => item.listId === chosen);

  // The pick row keeps one line at any width: the select gives way (cut with "…", its title the full
  // name) and the buttons take their short labels in a narrow bar (attendees.css); attachments follow.
  return (
    <div className="att-report-bar" role="toolbar" aria-label={s.listsInReport}>
      <div className="att-report-pick">
        <strong>{s.listsInReport}:</strong>
        <select value={chosen} aria-label={s.listsInReport} title={chosenList?.name} onChange={(event) => setPicked(event.target.value)} onFocus={refresh}>
          <option value="">{s.chooseList}</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name} ({list.rowCount})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          aria-label={s.insertSentence}
          disabled={!chosen || !editor || sentenceInBody}
          title={sentenceInBody ? s.sentenceAlreadyIn : s.insertSentence}
          onClick={() => setPicking(true)}
        >
          <span className="att-label-long">{s.insertSentence}</span>
          <span className="att-label-short">{s.insertSentenceShort}</span>
        </button>
        <button type="button" className="button" aria-label={s.attach} title={s.attach} disabled={!chosen || attached} onClick={() => void act(chosen, 'attach')}>
          <span className="att-label-long">{s.attach}</span>
          <span className="att-label-short">{s.attachShort}</span>
        </button>
      </div>
      {attachments.map((item) => (
        <span key={item.listId} className="att-inline att-report-attachment" data-testid="report-attachment">
          <span className="att-report-attachment-name" title={item.name}>
            Phụ lục: {item.name} ({item.rowCount}, {item.frozen ? s.frozen : s.live})
          </span>
          <button type="button" className="button" onClick={() => void act(item.listId, item.frozen ? 'unfreeze' : 'freeze')}>
            {item.frozen ? s.unfreeze : s.freeze}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => void act(item.listId, 'detach')}>
            {s.detach}
          </button>
        </span>
      ))}
      {picking && chosen && <GuestPickerDialog listId={chosen} onInsert={insertSentence} onClose={() => setPicking(false)} onError={onError} />}
    </div>
  );
}
