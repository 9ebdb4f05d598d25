/**
 * The event form saves on Lưu (or first, for the actions that need it): it has no autosave. Leaving the
 * workspace through the app's sidebar (a document, Tạo mới, a file imported) asks it to save what it
 * holds, as a document saves its last edit before another opens (documents/active-sessions.ts).
 * Its own file: the shell loads before the workspace.
 */
let saveShown: (() => Promise<boolean>) | null = null;

/** The shown workspace's save (null when it goes away). */
export function setEventFormLeave(save: (() => Promise<boolean>) | null): void {
  saveShown = save;
}

/** True when the workspace may be left: nothing unsaved, or saved now; false keeps the clerk on the form, which says why. */
export function leaveEventForm(): Promise<boolean> {
  return saveShown ? saveShown() : Promise.resolve(true);
}
