/** A date typed as 31/01/2024 (the browser's own date picker follows the OS locale, often mm/dd/yyyy). */
import { useState } from 'react';
import { useLocale } from '../i18n/locale';
import { parseShortDate, showShortDate } from './date-input';

interface DateFieldProps {
  id: string;
  value: string | null;
  onChange(iso: string | null): void;
}

export function DateField({ id, value, onChange }: DateFieldProps) {
  const { t } = useLocale();
  const [text, setText] = useState(() => showShortDate(value));
  // Follow outside changes; keep the user's half-typed text while it does not parse.
  const parsed = parseShortDate(text);
  const shown = parsed === undefined || parsed === value ? text : showShortDate(value);
  const invalid = parseShortDate(shown) === undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={shown}
        aria-invalid={invalid}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseShortDate(event.target.value);
          if (next !== undefined) onChange(next);
        }}
      />
      {invalid && <div className="field-error">{t.dateFormat}</div>}
    </>
  );
}
