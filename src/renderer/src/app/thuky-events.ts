/** Events the Electron preload forwards from main (menu, quit); absent in the web harness. */
export type MenuAction = 'new' | 'save' | 'export-docx' | 'export-html' | 'settings' | 'search';

export interface ThukyEvents {
  onMenu(callback: (action: MenuAction | string) => void): () => void;
  /** Main asks the renderer to save pending edits before the window closes; resolve when done. */
  onFlushRequest(callback: () => Promise<void>): () => void;
}

declare global {
  interface Window {
    thukyEvents?: ThukyEvents;
  }
}

export function thukyEvents(): ThukyEvents | undefined {
  return window.thukyEvents;
}

/**
 * Inside the renderer: a route call has succeeded (the api client says so after each one), so a
 * screen showing a summary of stored data (the event's "Đại biểu (n)") can re-read it when another
 * part of the window changed that data, instead of waiting for a reload. The route's input comes
 * with it: listeners pick the writes that are theirs.
 */
const ROUTE_DONE_EVENT = 'thuky:route-done';

export interface RouteDone {
  route: string;
  input: unknown;
}

export function announceRouteDone(done: RouteDone): void {
  window.dispatchEvent(new CustomEvent<RouteDone>(ROUTE_DONE_EVENT, { detail: done }));
}

export function onRouteDone(callback: (done: RouteDone) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<RouteDone>).detail);
  window.addEventListener(ROUTE_DONE_EVENT, listener);
  return () => window.removeEventListener(ROUTE_DONE_EVENT, listener);
}
