/**
 * A 24-hour time typed as text (docs/ui-conventions.md, Manners): the whole value is selected when
 * the field takes the focus, so typing replaces it as in Word's fields; a time typed after the old one
 * ("08:00" then "16:20") still reads as the new time. Shared by every time input.
 */
import { useRef, useState } from 'react';
import { useLocale } from '../i18n/locale';
import { hourOnlyClockTime, typedClockTime } from './date-input';

interface TimeFieldProps {
  id: string;
  /** "HH:mm", or '' when none is set. */
  value: string;
  onChange(time: string): void;
  placeholder?: string;
  /** The text to show at first instead of `value` (a draft's time still typed wrong). */
  initialText?: string;
  /** The text when it does not read as a time ("25:00"), null once it does: a draft keeps it. */
  onUnreadable?(text: string | null): void;
}

export function TimeField({ id, value, onChange, placeholder = '08:00', initialText, onUnreadable }: TimeFieldProps) {
  const { t } = useLocale();
  const [text, setText] = useState(initialText ?? value);
  // A click that gave the focus must not undo the selection on mouse up.
  const justFocused = useRef(false);
  // Follow outside changes; keep the clerk's half-typed text while it does not read as a time.
  const typed = typedClockTime(text);
  const shown = typed === undefined && text !== '' ? text : value || text;
  const bad = shown !== '' && typedClockTime(shown) === undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        value={shown}
        aria-invalid={bad}
        onFocus={(event) => {
          event.currentTarget.select();
          justFocused.current = true;
        }}
        onMouseUp={(event) => {
          if (justFocused.current) event.preventDefault();
          justFocused.current = false;
        }}
        onChange={(event) => {
          const next = typedClockTime(event.target.value);
          setText(next ?? event.target.value);
          if (next) onChange(next);
          onUnreadable?.(next || event.target.value === '' ? null : event.target.value);
        }}
        // "8h", "14 giờ": an hour alone is read once the clerk leaves the field (while typing it may become "8h30").
        onBlur={() => {
          const hour = bad ? hourOnlyClockTime(shown) : undefined;
          if (!hour) return;
          setText(hour);
          onChange(hour);
          onUnreadable?.(null);
        }}
      />
      {bad && (
        <div className="field-error" id={`${id}-error`}>
          {t.timeFormat}
        </div>
      )}
    </>
  );
}
