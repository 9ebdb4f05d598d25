/**
 * What the centre shows for each kind of document: an attendees document opens on its grid (the
 * A4 sheet one tab away), a pledge or programme has a tab for its parties and commitments, and a
 * report gets the bar that ties it to attendee lists. Everything else is the sheet as is.
 */
import { kindOf } from '../../../shared/document/kinds';
import type { Editor } from '@tiptap/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { BodyDoc } from '../../../shared/document/body';
import { usePrintedBody, type PrintedBody } from './use-printed-body';
import type { DocumentKind } from '../../../shared/document/kind';
// Their own chunks, preloaded as a document of their kind opens (app/parts.ts).
import { AttendeeWorkspace, PledgeEditor } from '../app/parts';
import { ReportListsBar } from './ReportListsBar';
import { useListStrings } from './strings';
import './attendees.css';

interface KindWorkspaceProps {
  documentId: string;
  kind: DocumentKind;
  editor: Editor | null;
  onError(error: unknown): void;
  /** The A4 sheet with the body editor, or (printed) with the body as it prints from the data. */
  renderSheet(printed: PrintedBody | null): ReactNode;
  /** The body in the editor (the clerk's prose around the list/pledge tables), read only when a printed view needs it. */
  readBody(): BodyDoc;
  /** Which tab shows (the page switches to the sheet when the check jumps into the body). */
  tab: KindTab;
  onTab(tab: KindTab): void;
  /** Whether the body editor is on screen: the top bar shows the text tools only then. */
  onEditorShown(shown: boolean): void;
}

export type KindTab = 'special' | 'sheet';

export function KindWorkspace({ documentId, kind, editor, onError, renderSheet, readBody, tab, onTab: setTab, onEditorShown }: KindWorkspaceProps) {
  const s = useListStrings();
  const { workspace, attachesLists } = kindOf(kind);
  const [editProse, setEditProse] = useState(false);
  const printed = usePrintedBody(documentId, kind, readBody, onError, tab === 'sheet');
  const editorShown = attachesLists || workspace === 'sheet' || (tab === 'sheet' && (editProse || !printed));
  useEffect(() => onEditorShown(editorShown), [editorShown, onEditorShown]);
  const children = renderSheet(null);
  if (attachesLists) {
    return (
      <div className="att-kind">
        <ReportListsBar documentId={documentId} editor={editor} onError={onError} />
        {children}
      </div>
    );
  }
  if (workspace === 'sheet') return <>{children}</>;
  const specialLabel = workspace === 'attendees' ? s.tabList : s.tabPledge(kind);
  return (
    <div className="att-kind">
      <div className="att-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'special'} onClick={() => setTab('special')}>
          {specialLabel}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'sheet'} onClick={() => setTab('sheet')}>
          {s.tabDocument}
        </button>
      </div>
      {tab === 'special' ? (
        workspace === 'attendees' ? (
          <AttendeeWorkspace source={{ documentId }} onError={onError} />
        ) : (
          <PledgeEditor documentId={documentId} kind={kind} onError={onError} />
        )
      ) : (
        <>
          {/* What the Word file prints (people, parties, commitments, signatures), or the prose to edit. */}
          <div className="nd30-printed-bar" role="group">
            <button type="button" className="button" aria-pressed={!editProse} onClick={() => setEditProse(false)}>
              {s.printedView}
            </button>
            <button type="button" className="button" aria-pressed={editProse} onClick={() => setEditProse(true)}>
              {s.editProse}
            </button>
          </div>
          {editProse || !printed ? children : renderSheet(printed)}
        </>
      )}
    </div>
  );
}
