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
