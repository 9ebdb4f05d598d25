/**
 * Keyboard focus in a modal dialog (app/Dialog.tsx). showModal() already makes the rest of the window
 * inert and close() gives the focus back to what opened the dialog; what the platform leaves to us:
 * where the focus starts, and Tab at either end — Chromium lets it leave for the browser's own UI
 * (document.body in the page), so the first and last controls hand it round to each other.
 */
import { focusWhenReady } from './focus-when-ready';

const FIELDS = 'input:not([type="hidden"]), select, textarea';
const FOCUSABLE = `a[href], button, ${FIELDS}, [tabindex], [contenteditable="true"]`;

/** Controls of this dialog, not of a dialog opened inside it. */
function controls(dialog: HTMLDialogElement, selector: string): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => element.closest('dialog') === dialog && !element.matches(':disabled') && element.checkVisibility({ visibilityProperty: true }),
  );
}

/** The control marked data-autofocus, else the first field, else the primary button. */
function startingControl(dialog: HTMLDialogElement): HTMLElement | null {
  for (const selector of ['[data-autofocus]', FIELDS, '.button-primary']) {
    const [first] = controls(dialog, selector);
    if (first) return first;
  }
  return null;
}

/**
 * Puts the focus on the starting control; while a dialog's content is still loading (Chọn mẫu's
 * templates) the dialog itself holds it — Esc and Tab work — until the control is there.
 * Returns the stop for that wait.
 */
export function focusDialogStart(dialog: HTMLDialogElement): () => void {
  const start = startingControl(dialog);
  if (start) {
    start.focus();
    return () => undefined;
  }
  dialog.focus();
  return focusWhenReady(() => (document.activeElement === dialog ? startingControl(dialog) : null));
}

/** Tab on the last control goes to the first, Shift+Tab on the first to the last. */
export function keepTabInside(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  const tabbable = controls(dialog, FOCUSABLE).filter((element) => element.tabIndex >= 0);
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (!first || !last) return event.preventDefault();
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || active === dialog)) {
    event.preventDefault();
    first.focus();
  }
}
