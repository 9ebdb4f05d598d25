/**
 * A modal dialog on the platform's <dialog>: showModal() makes the rest of the window inert, and
 * closing gives the focus back to what opened it. The focus starts on the first sensible control and
 * Tab stays inside (dialog-focus.ts); Esc or the backdrop closes it unless it has no onClose (the
 * first run must be answered).
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale';
import { focusDialogStart, keepTabInside } from './dialog-focus';
import { Icon } from './icons';
import './dialog.css';

interface DialogProps {
  title: string;
  /** Absent: the dialog cannot be dismissed (no Đóng, no Esc, no backdrop). */
  onClose?(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** Its own box (the first run's width). */
  className?: string;
}

export function Dialog({ title, onClose, children, footer, wide, className }: DialogProps) {
  const { t } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  // Layout effect: open before the first paint, and close() while the element is still in the
  // page — a dialog merely removed gives the focus to nobody.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const stopWaiting = focusDialogStart(dialog);
    return () => {
      stopWaiting();
      dialog.close();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A dialog opened inside this one handles its own keys.
    if ((event.target as Element).closest('dialog') !== event.currentTarget) return;
    if (event.key === 'Tab') keepTabInside(event.nativeEvent, event.currentTarget);
    if (event.key !== 'Escape') return;
    // Whether it closes is ours to say: Chromium closes a dialog on a second Esc with no click
    // between, even when its cancel event is refused — the first run would go away.
    event.preventDefault();
    event.stopPropagation();
    onClose?.();
  };
  const onMouseDown = (event: MouseEvent<HTMLDialogElement>) => {
    // A press on the ::backdrop reaches the <dialog> itself, outside its box.
    if (event.target !== event.currentTarget || !onClose) return;
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) onClose();
  };

  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-label={title}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(event) => event.preventDefault()}
      onMouseDown={onMouseDown}
    >
      <div className="dialog-head">
        <h2>{title}</h2>
        {onClose && (
          <button type="button" className="icon-button" aria-label={t.close} onClick={onClose}>
            <Icon name="close" size={16} />
          </button>
        )}
      </div>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-foot">{footer}</div>}
    </dialog>
  );
}

interface DialogActionsProps {
  cancelLabel: string;
  onCancel(): void;
  confirmLabel: string;
  onConfirm(): void;
  confirmDisabled?: boolean;
}

/** The usual footer: cancel on the left, the one primary action on the right. */
export function DialogActions({ cancelLabel, onCancel, confirmLabel, onConfirm, confirmDisabled = false }: DialogActionsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="button" className="button button-primary" disabled={confirmDisabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </>
  );
}
