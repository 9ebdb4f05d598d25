/** A modal dialog: Esc or the backdrop closes it; focus starts inside. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './icons';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button.button-primary');
    first?.focus();
  }, []);
  return (
    <div className="backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`dialog${wide ? ' dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="dialog-head">
          <h2>{title}</h2>
          <button type="button" className="icon-button" aria-label="Đóng" onClick={onClose}>
            <Icon name="close" size={16} />
          </button>
        </div>
        <div className="dialog-body">{children}</div>
        {footer && <div className="dialog-foot">{footer}</div>}
      </div>
    </div>
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
