/** A drawn part of the frame on the sheet; a click (or Enter) jumps to its field in the right panel. */
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale';
import type { FrameFieldKey } from './frame-fields';

interface FramePartProps {
  field: FrameFieldKey;
  onFocusField(field: FrameFieldKey): void;
  className?: string;
  children: ReactNode;
}

export function FramePart({ field, onFocusField, className, children }: FramePartProps) {
  const { t } = useLocale();
  return (
    <div
      className={`frame-part ${className ?? ''}`}
      role="button"
      tabIndex={0}
      title={t.clickToEdit}
      data-field={field}
      onClick={() => onFocusField(field)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onFocusField(field);
        }
      }}
    >
      {children}
    </div>
  );
}
