/** A date typed as 31/01/2024 (the browser's own date picker follows the OS locale, often mm/dd/yyyy). */
import { useState } from 'react';
import { useLocale } from '../i18n/locale';
import type { Strings } from '../i18n/strings-vi';
import { parseShortDate, shortDateProblem, showShortDate, type ShortDateProblem } from './date-input';

/** The field's own line: a month or day that does not exist is named, not answered with the format. */
function problemText(problem: ShortDateProblem, t: Strings): string {
  if (problem.kind === 'month') return t.dateNoSuchMonth.replace('{month}', problem.month);
  if (problem.kind === 'day') {
    const { day, month, year, days } = problem;
    return t.dateNoSuchDay.replace('{month}', month).replace('{year}', year).replace('{days}', String(days)).replace('{day}', day);
  }
  return t.dateFormat;
}

interface DateFieldProps {
  id: string;
  value: string | null;
  onChange(iso: string | null): void;
  /** The text to show at first instead of `value` (a draft's date still typed wrong). */
  initialText?: string;
  /** The text when it does not read as a date ("30/02/2026"), null once it does: a draft keeps it. */
  onUnreadable?(text: string | null): void;
}

export function DateField({ id, value, onChange, initialText, onUnreadable }: DateFieldProps) {
  const { t } = useLocale();
  const [text, setText] = useState(() => initialText ?? showShortDate(value));
  // Follow outside changes; keep the user's half-typed text while it does not parse.
  const parsed = parseShortDate(text);
  const shown = parsed === undefined || parsed === value ? text : showShortDate(value);
  const problem = shortDateProblem(shown);
  const invalid = problem !== null;
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
          onUnreadable?.(next === undefined ? event.target.value : null);
        }}
      />
      {problem && (
        <div className="field-error" id={`${id}-error`}>
          {problemText(problem, t)}
        </div>
      )}
    </>
  );
}
