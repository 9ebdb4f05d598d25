/**
 * The shown event's form saves on Lưu, or first for whatever needs what it holds: Tạo văn bản and Xuất
 * tất cả (the documents are made from the stored event), going to another event or a document, and
 * leaving the workspace through the app's sidebar (a document, Tạo mới, an imported file) — as a
 * document saves its last edit before another opens (documents/active-sessions.ts). The form registers
 * its save here; every one of those asks it. Its own file: the shell loads before the workspace.
 */
let save: (() => Promise<boolean>) | null = null;

/** The shown event form's save, or null when none shows (a new event's form is not saved by leaving it). */
export function setShownFormSave(next: (() => Promise<boolean>) | null): void {
  save = next;
}

/** True when what the form held is stored (or nothing was unsaved); false keeps the clerk on the form, which says why. */
export function saveShownForm(): Promise<boolean> {
  return save ? save() : Promise.resolve(true);
}
