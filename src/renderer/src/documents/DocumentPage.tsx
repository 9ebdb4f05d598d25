/** The editor page: top bar, the A4 sheet on the desk, and the right panel with the frame form. */
import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { repairBody } from '../../../shared/document/body-repair';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyDoc } from '../../../shared/document/body';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import { Icon } from '../app/icons';
import { bodyExtensions } from '../editor/body-extensions';
import { pasteCleanHtml, shouldCleanHtml } from '../editor/html-paste';
import { insertImageFile } from '../editor/image-insert';
import { uploadRefusal } from '../editor/image-upload';
import { Toolbar, type ExportAction } from '../editor/Toolbar';
import { normaliseEditorTones, normalisePastedSlice } from '../editor/tone-normalise';
import { confirmLegacyConversion, confirmLegacyPaste } from '../editor/legacy-paste';
import { followYearInEditor } from '../editor/follow-year';
import { followYearInMeta, yearMove } from '../../../shared/template/template-year';
import { frameFieldId, isFrameFieldKey, type FrameFieldKey } from '../frame/frame-fields';
import { FrameForm } from '../frame/FrameForm';
import { Sheet } from '../frame/Sheet';
import { KindWorkspace, type KindTab } from '../attendees/KindWorkspace';
import type { Finding } from '../../../shared/check/finding';
import { useLocale } from '../i18n/locale';
import type { ToastExtra } from '../app/Toast';
import { copyForPortal, exportDocx, exportHtmlFile, type ExportOutcome } from './export-actions';
import { CheckPanel } from './CheckPanel';
import { HistoryPanel } from './HistoryPanel';
import { PortalPreviewPanel } from './PortalPreviewPanel';
import { PrintPreview } from './PrintPreview';
import { SaveStatusView } from './SaveStatusView';
import { SidePanel, type PanelTab } from './SidePanel';
import { useDocumentSession } from './use-document-session';
import { useNewDocumentCaret } from './new-document-caret';
import './document-page.css';

interface DocumentPageProps {
  doc: Document;
  profile: Profile;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  onSaved(summary: { id: string; title: string; updatedAt: string }): void;
  onError(error: unknown): void;
  onSaveError(error: unknown): void;
  notify(message: string, extra?: ToastExtra): void;
  onDelete(): void;
  onSaveAsTemplate(): void;
  /** After a revision was restored: the shell reopens the document from the store. */
  onReload(message: string): void;
  /** Just made from a template: the caret goes where the clerk starts typing (new-document-caret.ts). */
  isNew?: boolean;
}

function imageFiles(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => file.type.startsWith('image/'));
}

export function DocumentPage(props: DocumentPageProps) {
  const { doc, profile, panelOpen, setPanelOpen, onError, notify } = props;
  const { t } = useLocale();
  const session = useDocumentSession(doc, { onSaved: props.onSaved, onError: props.onSaveError });
  const updateBodyRef = useRef(session.updateBody);
  updateBodyRef.current = session.updateBody;
  const [busy, setBusy] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const [tab, setTab] = useState<PanelTab>('frame');
  const [kindTab, setKindTab] = useState<KindTab>('special');
  const [editorShown, setEditorShown] = useState(true);
  // Panels and exports read the store: pending edits are saved first (a failed save is already on screen).
  const flushQuietly = session.flushPending;

  const insertImages = useCallback(
    (editor: Editor, files: File[]) => {
      for (const file of files) {
        insertImageFile(editor, file).catch((error: unknown) => {
          const refusal = uploadRefusal(error, t);
          if (refusal) notify(`${file.name}: ${refusal}`);
          else onError(error);
        });
      }
    },
    [notify, onError, t],
  );

  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const insertImagesRef = useRef(insertImages);
  insertImagesRef.current = insertImages;
  const editorRef = useRef<Editor | null>(null);
  const unreadableRef = useRef(false);
  const toneStyleRef = useRef(profile.toneStyle);
  toneStyleRef.current = profile.toneStyle;
  const stringsRef = useRef(t);
  stringsRef.current = t;
  const editor = useEditor(
    {
      extensions: bodyExtensions({ onError: (error) => onErrorRef.current(error), strings: () => stringsRef.current }),
      // A body the editor cannot open must never show as an empty page that autosave then writes back.
      content: repairBody(doc.body),
      enableContentCheck: true,
      onBeforeCreate: () => {
        unreadableRef.current = false;
      },
      onContentError: ({ editor: e }) => {
        unreadableRef.current = true;
        e.setEditable(false, false);
        window.setTimeout(() => notify(stringsRef.current.bodyUnreadable), 0);
      },
      injectCSS: false,
      editorProps: {
        attributes: { class: 'doc-body', spellcheck: 'false', 'aria-label': 'Nội dung văn bản', 'data-testid': 'body-editor' },
        // Pasted or dropped pictures go through images.put like the toolbar's "Chèn ảnh".
        handlePaste: (_view, event) => dropImages(event.clipboardData?.files) || pasteHtml(event.clipboardData),
        handleDrop: (_view, event) => dropImages((event as DragEvent).dataTransfer?.files),
        // Plain text typed in a legacy encoding is converted once the clerk confirms; every paste lands in the profile's tone style.
        transformPastedText: (text) => confirmLegacyPaste(text, stringsRef.current.legacyPasteConfirm),
        transformPasted: (slice) => normalisePastedSlice(slice, toneStyleRef.current),
      },
      // The document after this edit (immutable): serialised only when the autosave runs, not per key.
      onUpdate: ({ editor: e }) => {
        if (unreadableRef.current) return;
        const after = e.state.doc;
        updateBodyRef.current(() => after.toJSON() as BodyDoc);
      },
    },
    [doc.id],
  );
  editorRef.current = editor;
  const pageRef = useRef<HTMLDivElement>(null);
  useNewDocumentCaret(props.isNew ?? false, pageRef, editor);

  function pasteHtml(data: DataTransfer | null): boolean {
    const html = data?.getData('text/html') ?? '';
    const current = editorRef.current;
    if (!current || !shouldCleanHtml(html)) return false;
    const plain = data?.getData('text/plain') ?? '';
    pasteCleanHtml(current, html, {
      confirmLegacy: (encoding) => confirmLegacyConversion(encoding, stringsRef.current.legacyPasteConfirm),
      toneStyle: toneStyleRef.current,
    }).catch((error: unknown) => {
      // The cleaner refused it: keep the words at least.
      if (plain) current.commands.insertContent(plain);
      onErrorRef.current(error);
    });
    return true;
  }

  function dropImages(list: FileList | null | undefined): boolean {
    const files = imageFiles(list);
    if (!files.length || !editorRef.current) return false;
    insertImagesRef.current(editorRef.current, files);
    return true;
  }

  const focusField = useCallback(
    (field: FrameFieldKey, range?: { from: number; to: number }) => {
      setPanelOpen(true);
      setTab('frame');
      requestAnimationFrame(() => {
        const element = document.getElementById(frameFieldId(field));
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
          element.focus();
          if (range && !(element instanceof HTMLSelectElement) && range.to > range.from) element.setSelectionRange(range.from, range.to);
          element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        }
      });
    },
    [setPanelOpen],
  );

  /** A finding of the check: its frame field with the text selected, the pledge data, or the words in the body. */
  const goToFinding = (finding: Finding) => {
    if (finding.field === 'parties' || finding.field === 'commitments') return setKindTab('special');
    if (finding.field) {
      if (isFrameFieldKey(finding.field)) focusField(finding.field, finding);
      return;
    }
    setKindTab('sheet');
    requestAnimationFrame(() => {
      const size = editor?.state.doc.content.size ?? 0;
      if (!editor || finding.to > size) return;
      editor.chain().focus().setTextSelection({ from: finding.from, to: finding.to }).scrollIntoView().run();
    });
  };
  // The template's "năm …" follows the document's date (docs/nd30-rules.md §8.5). A draft without a
  // date carries the year it was created in; a date cleared and set again moves from the last one.
  const lastDateRef = useRef<string | null>(doc.frame.date);
  const updateFrame = (update: Parameters<typeof session.updateMeta>[0]) => {
    let move: { from: number; to: number } | null = null;
    session.updateMeta((meta) => {
      const next = update(meta);
      move = yearMove(meta.frame.date ?? lastDateRef.current, next.frame.date, doc.createdAt);
      if (next.frame.date) lastDateRef.current = next.frame.date;
      return move ? followYearInMeta(next, move.from, move.to) : next;
    });
    // After the meta is in: the editor's update then saves the body on top of it.
    const moved = move as { from: number; to: number } | null;
    if (moved && editor) followYearInEditor(editor, moved.from, moved.to);
  };

  const fixFinding = (finding: Finding): boolean => {
    if (!editor || finding.fix === undefined || finding.field) return false;
    const current = editor.state.doc.textBetween(finding.from, finding.to, '\n', '\n');
    if (current !== finding.text) return false;
    editor.chain().focus().insertContentAt({ from: finding.from, to: finding.to }, finding.fix).run();
    return true;
  };

  const exportWith = (key: string, run: () => Promise<({ text: string } & ToastExtra) | null>) => () => {
    setBusy(key);
    flushQuietly()
      .then(run)
      .then((message) => message && notify(message.text, message))
      .catch(onError)
      .finally(() => setBusy(null));
  };
  // The warnings one a line under the file's name: the toast shows the first and the count of the rest.
  const exportedMessage = (outcome: ExportOutcome) =>
    outcome.savedAs ? { text: t.exported + outcome.savedAs + (outcome.problems.length ? ` — ${t.stillMissing.trim()}` : ''), details: outcome.problems } : null;

  const exports: ExportAction[] = [
    {
      label: t.exportWord,
      icon: 'word',
      run: exportWith('docx', async () => exportedMessage(await exportDocx(doc.id))),
      busy: busy === 'docx',
    },
    {
      label: t.exportHtml,
      icon: 'html',
      run: exportWith('html', async () => exportedMessage(await exportHtmlFile(doc.id))),
      busy: busy === 'html',
    },
    {
      // PDF and print from the very Word file (Word or LibreOffice converts it).
      label: t.printPreview,
      icon: 'print',
      run: () => {
        void flushQuietly().then(() => setPrinting(true));
      },
      busy: printing,
    },
    {
      label: t.copyForPortal,
      shortLabel: t.copyForPortalShort,
      icon: 'copy',
      run: exportWith('portal', async () => {
        await copyForPortal(doc.id);
        return { text: t.copied };
      }),
      busy: busy === 'portal',
    },
  ];

  // Menu "Xuất Word…" / "Xuất HTML…" (Electron) arrive as thuky:menu events from the shell.
  const menuExportsRef = useRef(exports);
  menuExportsRef.current = exports;
  useEffect(() => {
    const onMenu = (event: Event) => {
      const action = (event as CustomEvent<string>).detail;
      const index = action === 'export-docx' ? 0 : action === 'export-html' ? 1 : -1;
      if (index >= 0) menuExportsRef.current[index]?.run();
    };
    window.addEventListener('thuky:menu', onMenu);
    return () => window.removeEventListener('thuky:menu', onMenu);
  }, []);

  const content = { ...session.meta };
  return (
    <div className="document-page" ref={pageRef}>
      {printing && <PrintPreview id={doc.id} onClose={() => setPrinting(false)} onError={onError} notify={notify} />}
      <Toolbar
        editor={editor}
        exports={exports}
        onImageFile={(file) => insertImages(editor, [file])}
        status={<SaveStatusView store={session.statusStore} onRetry={() => void session.saveNow()} />}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen(!panelOpen)}
        textTools={editorShown}
        onNormaliseTones={() => {
          const words = normaliseEditorTones(editor, profile.toneStyle);
          notify(words ? `${t.normaliseTonesDone}${words}` : t.normaliseTonesNone);
        }}
      />
      <div className="document-workspace">
        <KindWorkspace
          documentId={doc.id}
          kind={doc.kind}
          editor={editor}
          onError={onError}
          tab={kindTab}
          onTab={setKindTab}
          onEditorShown={setEditorShown}
          readBody={() => (editor ? (editor.getJSON() as BodyDoc) : doc.body)}
          renderSheet={(printed) => <Sheet doc={{ kind: doc.kind, ...content }} profile={profile} editor={editor} onFocusField={focusField} printed={printed} />}
        />
        {panelOpen && (
          <SidePanel
            tab={tab}
            onTab={setTab}
            onClose={() => setPanelOpen(false)}
            footer={
              tab === 'frame' && (
                <>
                  <button type="button" className="button" onClick={props.onSaveAsTemplate}>
                    <Icon name="template" size={16} />
                    {t.saveAsTemplate}
                  </button>
                  <button type="button" className="button button-danger-quiet" onClick={props.onDelete}>
                    <Icon name="trash" size={16} />
                    {t.deleteDocument}
                  </button>
                </>
              )
            }
          >
            {tab === 'frame' && <FrameForm kind={doc.kind} content={content} onChange={updateFrame} />}
            {tab === 'check' && <CheckPanel documentId={doc.id} flush={flushQuietly} onGoTo={goToFinding} onFix={fixFinding} onError={onError} />}
            {tab === 'history' && <HistoryPanel documentId={doc.id} flush={flushQuietly} onRestored={props.onReload} onError={onError} />}
            {tab === 'portal' && <PortalPreviewPanel documentId={doc.id} flush={flushQuietly} onError={onError} />}
          </SidePanel>
        )}
      </div>
    </div>
  );
}
