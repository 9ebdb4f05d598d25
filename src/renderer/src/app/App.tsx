/** The shell: sidebar, the open document, dialogs, errors; wiring for shortcuts, menu events and unload. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Document, DocumentSummary } from '../../../shared/document/document';
import { DEFAULT_PROFILE } from '../../../shared/profile/default-profile';
import type { Profile } from '../../../shared/profile/profile';
import { api } from '../api/client';
import { currentSession } from '../documents/active-sessions';
import { DocumentList } from '../documents/DocumentList';
import { saveShownForm } from '../events/shown-form';
import { EVENT_SAVE_EVENT } from '../events/save-event';
import { fileToBase64 } from '../attendees/file-bytes';
import { useLocale } from '../i18n/locale';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { ErrorBanner, toShownError, type ShownError } from './ErrorBanner';
import { Icon } from './icons';
import { DeletedDocumentsDialog, DocumentPage, EventsPage, FirstRunDialog, preloadDocumentParts, SaveTemplateDialog, SettingsDialog, TemplateGallery } from './parts';
import { useShortcuts } from './shortcuts';
import { thukyEvents } from './thuky-events';
import { Toast, type ToastExtra, type ToastMessage } from './Toast';
import { useUnloadGuard } from './unload-guard';

const LAST_OPEN_KEY = 'thuky.lastOpenDocument';
/** What the main area shows: a document, or the event workspace (Hội nghị / sự kiện). */
type View = 'documents' | 'events';
type DialogState = 'gallery' | 'settings' | 'saveTemplate' | 'confirmDelete' | 'trash' | null;
/** The dialogs in their own chunks, fetched before they show (app/parts.ts). */
const DIALOG_PARTS: Partial<Record<NonNullable<DialogState>, { preload(): Promise<void> }>> = {
  gallery: TemplateGallery,
  settings: SettingsDialog,
  saveTemplate: SaveTemplateDialog,
  trash: DeletedDocumentsDialog,
};

export function App() {
  const { t } = useLocale();
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [doc, setDoc] = useState<Document | null>(null);
  /** Bumped when the open document is reloaded from the store (after a restore), to remount the editor. */
  const [loadCount, setLoadCount] = useState(0);
  const [opening, setOpening] = useState(false);
  /**
   * The document that opens with the caret ready (DocumentPage): one made from a template just now, or
   * one opened from the event workspace, whose Mở / title button goes with the workspace.
   */
  const [madeId, setMadeId] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  /** Whether Thông tin cơ quan was saved; null while asking. The first run asks before anything else. */
  const [profileSet, setProfileSet] = useState<boolean | null>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [view, setView] = useState<View>('documents');
  const [error, setError] = useState<ShownError | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  // The first run's dialog was opened by nothing, so closing it gave the focus to the page: Tạo mới takes it (the next step).
  const firstRunAnswered = useRef(false);
  useEffect(() => {
    if (!profileSet || !firstRunAnswered.current) return;
    firstRunAnswered.current = false;
    newButtonRef.current?.focus();
  }, [profileSet]);

  const showError = useCallback((value: unknown) => setError(toShownError(value)), []);
  // A failed save's message goes away by itself once a later save succeeds.
  const showSaveError = useCallback((value: unknown) => setError({ ...toShownError(value), fromSave: true }), []);
  const notify = useCallback((text: string, extra?: ToastExtra) => setToast({ id: Date.now(), text, ...extra }), []);

  const refreshList = useCallback(() => api['documents.list']({}).then(setDocuments, showError), [showError]);

  const openDialog = useCallback(
    (next: NonNullable<DialogState>) => {
      // The dialog takes the screen; a toast left over would sit on its buttons.
      setToast(null);
      const part = DIALOG_PARTS[next];
      if (!part) return setDialog(next);
      part.preload().then(() => setDialog(next), showError);
    },
    [showError],
  );

  // The newest opening wins: a document clicked while the last one of the previous run is still
  // being restored must not be replaced by it when that one finishes loading later.
  const latestOpening = useRef(0);
  /**
   * Opens a document once the current one has saved its last edit (a failed save keeps it open).
   * `caretReady`: the control that asked goes away with its screen (the event workspace), so the
   * document takes the focus as a new one does, instead of leaving it on the page.
   */
  const openDocument = useCallback(
    async (id: string, caretReady = false) => {
      const opening = ++latestOpening.current;
      // The event form keeps the clerk when what it holds cannot be saved ("Ảnh 2: thiếu chú thích").
      if (!(await saveShownForm())) return;
      setView('documents');
      if (currentSession()?.id === id) return setMadeId(caretReady ? id : null);
      try {
        await currentSession()?.flush(false);
      } catch {
        return;
      }
      setOpening(true);
      try {
        // The editor's code is fetched while the store reads the document, then its kind's grid or pledge editor.
        const [loaded] = await Promise.all([api['documents.get']({ id }), DocumentPage.preload()]);
        await preloadDocumentParts(loaded.kind);
        if (opening !== latestOpening.current) return;
        setMadeId(caretReady ? id : null);
        setDoc(loaded);
        localStorage.setItem(LAST_OPEN_KEY, id);
      } catch (failure) {
        showError(failure);
      } finally {
        if (opening === latestOpening.current) setOpening(false);
      }
    },
    [showError],
  );

  useEffect(() => {
    api['profile.get']({}).then(setProfile, showError);
    api['profile.status']({}).then(({ set }) => {
      if (set) return setProfileSet(true);
      // A failed fetch still shows it: the dialog then fetches again as it renders.
      void FirstRunDialog.preload()
        .catch(() => undefined)
        .then(() => setProfileSet(false));
    }, showError);
    void api['documents.list']({}).then((list) => {
      setDocuments(list);
      const last = localStorage.getItem(LAST_OPEN_KEY);
      if (last && list.some((item) => item.id === last)) void openDocument(last);
    }, showError);
  }, [showError, openDocument]);

  // A toast belongs to the screen it was shown on: switching view closes it (so does opening a dialog, openDialog).
  useEffect(() => setToast(null), [view]);

  useEffect(() => {
    if (!toast) return;
    // Warnings are read, not glanced at: they stay until closed (or the screen changes).
    if (toast.details?.length) return;
    const timer = setTimeout(() => setToast(null), toast.action ? 8000 : 3500);
    return () => clearTimeout(timer);
  }, [toast]);

  const createFromTemplate = async (templateId: string) => {
    latestOpening.current += 1; // a document still being restored does not replace the new one
    if (!(await saveShownForm())) return setDialog(null);
    try {
      await currentSession()?.flush(false);
      const [created] = await Promise.all([api['documents.create']({ templateId }), DocumentPage.preload()]);
      await preloadDocumentParts(created.kind);
      setMadeId(created.id);
      setDoc(created);
      setView('documents');
      localStorage.setItem(LAST_OPEN_KEY, created.id);
      setDialog(null);
      setPanelOpen(true);
      await refreshList();
    } catch (failure) {
      showError(failure);
    }
  };

  const onSaved = useCallback((summary: { id: string; title: string; updatedAt: string }) => {
    setDocuments((list) => list.map((item) => (item.id === summary.id ? { ...item, title: summary.title, updatedAt: summary.updatedAt } : item)));
    setError((current) => (current?.fromSave ? null : current));
  }, []);

  const deleteOpen = async () => {
    if (!doc) return;
    const id = doc.id;
    setDialog(null);
    try {
      await currentSession()?.flush(false);
      await api['documents.delete']({ id });
      setDoc(null);
      localStorage.removeItem(LAST_OPEN_KEY);
      await refreshList();
      notify(t.deleted, {
        action: {
          label: t.restore,
          run: () => {
            api['documents.restore']({ id })
              .then(() => refreshList())
              .then(() => openDocument(id))
              .catch(showError);
          },
        },
      });
    } catch (failure) {
      showError(failure);
    }
  };

  const saveNow = () => {
    // In the event workspace Ctrl+S saves the event's form.
    if (view === 'events') return void window.dispatchEvent(new CustomEvent(EVENT_SAVE_EVENT));
    currentSession()
      ?.flush(true)
      .catch(() => undefined);
  };
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  useShortcuts({
    onNew: () => openDialog('gallery'),
    onSave: saveNow,
    onSearch: focusSearch,
    // The print stylesheet (frame/print.css) leaves only the A4 sheet.
    onPrint: () => window.print(),
    onEscape: () => {
      if (dialog) setDialog(null);
      else if (error) setError(null);
      // Esc in the body editor stays with the editor; elsewhere it closes the right panel.
      else if (panelOpen && !document.activeElement?.closest('.ProseMirror')) setPanelOpen(false);
    },
  });
  useUnloadGuard();

  const menuRef = useRef<(action: string) => void>(() => undefined);
  menuRef.current = (action: string) => {
    if (action === 'new') openDialog('gallery');
    else if (action === 'save') saveNow();
    else if (action === 'settings') openDialog('settings');
    else if (action === 'search') focusSearch();
    else window.dispatchEvent(new CustomEvent('thuky:menu', { detail: action }));
  };
  useEffect(() => {
    return thukyEvents()?.onMenu((action) => menuRef.current(action));
  }, []);

  return (
    <div className="app">
      <DocumentList
        documents={documents}
        openId={doc?.id ?? null}
        onOpen={(id) => void openDocument(id)}
        onNew={() => openDialog('gallery')}
        onSettings={() => openDialog('settings')}
        onTrash={() => openDialog('trash')}
        onImportFile={(file) => {
          notify(t.importing);
          fileToBase64(file)
            .then((dataBase64) => api['documents.importFile']({ fileName: file.name, dataBase64 }))
            .then(async ({ document, notices }) => {
              await refreshList();
              await openDocument(document.id);
              notify(notices.length ? `${t.imported} ${notices.join(' ')}` : t.imported);
            })
            .catch(showError);
        }}
        searchRef={searchRef}
        newButtonRef={newButtonRef}
        eventsOpen={view === 'events'}
        onEvents={() => {
          // The open document saves its last edit before the workspace takes the screen.
          currentSession()
            ?.flush(false)
            .catch(() => undefined);
          EventsPage.preload().then(() => {
            setView('events');
            void refreshList();
          }, showError);
        }}
      />
      <main className="main">
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
        {view === 'events' ? (
          <EventsPage
            onOpenDocument={(id) => {
              void refreshList();
              void openDocument(id, true);
            }}
            onDocumentsMade={() => void refreshList()}
            onError={showError}
            notify={notify}
          />
        ) : doc ? (
          <DocumentPage
            key={`${doc.id}:${loadCount}`}
            doc={doc}
            isNew={doc.id === madeId}
            profile={profile}
            panelOpen={panelOpen}
            setPanelOpen={setPanelOpen}
            onSaved={onSaved}
            onError={showError}
            onSaveError={showSaveError}
            notify={notify}
            onDelete={() => setDialog('confirmDelete')}
            onSaveAsTemplate={() => openDialog('saveTemplate')}
            onReload={(message) => {
              api['documents.get']({ id: doc.id })
                .then((loaded) => {
                  setMadeId(null);
                  setDoc(loaded);
                  setLoadCount((count) => count + 1);
                  notify(message);
                  return refreshList();
                })
                .catch(showError);
            }}
          />
        ) : (
          <div className="empty-desk">
            <div className="empty-card">
              <Icon name="template" size={36} />
              <p>{opening ? t.loading : t.emptyState}</p>
              <button type="button" className="button button-primary" onClick={() => openDialog('gallery')}>
                <Icon name="plus" size={16} />
                {t.newDocument}
              </button>
            </div>
          </div>
        )}
      </main>

      {profileSet === false && (
        <FirstRunDialog
          base={profile}
          onError={showError}
          onSaved={(saved) => {
            setProfile(saved);
            firstRunAnswered.current = true;
            setProfileSet(true);
            notify(t.profileSaved);
          }}
        />
      )}
      {dialog === 'gallery' && <TemplateGallery onClose={() => setDialog(null)} onCreate={createFromTemplate} onError={showError} />}
      {dialog === 'settings' && (
        <SettingsDialog
          profile={profile}
          onClose={() => setDialog(null)}
          onError={showError}
          onSaved={(saved) => {
            setProfile(saved);
            setDialog(null);
            notify(t.profileSaved);
          }}
        />
      )}
      {dialog === 'saveTemplate' && doc && (
        <SaveTemplateDialog
          documentId={doc.id}
          defaultName={doc.title}
          flush={() => currentSession()?.flush(false) ?? Promise.resolve()}
          onClose={() => setDialog(null)}
          onError={showError}
          onSaved={(name) => {
            setDialog(null);
            notify(t.templateSaved + name);
          }}
        />
      )}
      {dialog === 'confirmDelete' && doc && <ConfirmDeleteDialog title={doc.title} onCancel={() => setDialog(null)} onConfirm={() => void deleteOpen()} />}
      {dialog === 'trash' && (
        <DeletedDocumentsDialog
          onClose={() => setDialog(null)}
          onError={showError}
          onRestored={(id) => {
            setDialog(null);
            // Said once the document is open: opening it may switch the view, which closes a toast.
            void refreshList()
              .then(() => openDocument(id))
              .then(() => notify(t.trashRestored));
          }}
        />
      )}
      {toast && <Toast key={toast.id} toast={toast} onDone={() => setToast(null)} />}
    </div>
  );
}
