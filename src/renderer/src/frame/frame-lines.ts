/** The one-item-per-line form fields (the printed wording lives in shared/frame). */

/** Form text → list items: blank lines are dropped, text is kept as typed. */
export function linesFromText(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** True when the textarea text already stands for these items (so typing an empty line is not undone). */
export function textMatchesLines(text: string, lines: readonly string[]): boolean {
  const parsed = linesFromText(text);
  return parsed.length === lines.length && parsed.every((line, index) => line === lines[index]);
}
