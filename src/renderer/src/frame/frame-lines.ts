/** Text wording of the frame as drawn on the sheet, and the one-item-per-line form fields. */

/** Form text → list items: blank lines are dropped, text is kept as typed. */
export function linesFromText(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** True when the textarea text already stands for these items (so typing an empty line is not undone). */
export function textMatchesLines(text: string, lines: readonly string[]): boolean {
  const parsed = linesFromText(text);
  return parsed.length === lines.length && parsed.every((line, index) => line === lines[index]);
}

/** ND30 PL I §II.6: each căn cứ ends with ";", the last with "."; trailing punctuation typed by the user is kept. */
export function legalBasisLines(bases: readonly string[]): string[] {
  const items = bases.map((base) => base.trim()).filter(Boolean);
  return items.map((item, index) => (/[;.,:]$/.test(item) ? item : `${item}${index === items.length - 1 ? '.' : ';'}`));
}

/**
 * ND30 PL I §II.9.b: Nơi nhận as "- …;" lines, the last one "- Lưu: VT." (the profile's archive line).
 */
export function recipientLines(recipients: readonly string[], archiveLine: string): string[] {
  const items = recipients.map((item) => item.trim().replace(/^[-–]\s*/, '').replace(/[;.]$/, '')).filter(Boolean);
  const archive = archiveLine.trim().replace(/[;.]$/, '');
  if (archive) items.push(archive);
  return items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
}
