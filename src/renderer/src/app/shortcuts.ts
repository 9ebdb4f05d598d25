/** Keyboard first (docs/ui-conventions.md manners): Ctrl+N new, Ctrl+S save now, Ctrl+K / Ctrl+F search, Ctrl+P print, Esc closes panels. */
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  onNew(): void;
  onSave(): void;
  onSearch(): void;
  onPrint(): void;
  onEscape(): void;
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && !event.shiftKey && key === 'n') {
        event.preventDefault();
        ref.current.onNew();
      } else if (mod && !event.altKey && key === 's') {
        event.preventDefault();
        ref.current.onSave();
      } else if (mod && !event.altKey && (key === 'k' || key === 'f')) {
        event.preventDefault();
        ref.current.onSearch();
      } else if (mod && !event.altKey && !event.shiftKey && key === 'p') {
        event.preventDefault();
        ref.current.onPrint();
      } else if (key === 'escape' && !event.defaultPrevented) {
        ref.current.onEscape();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
