/** A textarea edited as text but stored as a list of lines (Căn cứ, Nơi nhận, header lines). */
import { useState } from 'react';
import { linesFromText, textMatchesLines } from './frame-lines';

interface LinesFieldProps {
  id: string;
  value: readonly string[];
  onChange(lines: string[]): void;
  rows?: number;
  className?: string;
}

export function LinesField({ id, value, onChange, rows = 3, className }: LinesFieldProps) {
  const [text, setText] = useState(() => value.join('\n'));
  // An outside change (another document, undo) replaces the text; the user's own typing does not.
  const shown = textMatchesLines(text, value) ? text : value.join('\n');
  return (
    <textarea
      id={id}
      className={className}
      rows={rows}
      value={shown}
      spellCheck={false}
      onChange={(event) => {
        setText(event.target.value);
        onChange(linesFromText(event.target.value));
      }}
    />
  );
}
