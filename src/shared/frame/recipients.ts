/**
 * Nơi nhận lines (ô 9b, ND30 PL I §II.9.b): "- …;" one per line, the last one the archive line
 * "- Lưu: VT…." ending with ".". Clerks type the list in every way ("- Như trên;", "Như trên",
 * "+ Lưu VT.", a "Nơi nhận:" heading, blank lines); the printed list is the same whatever they typed:
 * marks and end punctuation are the rule's, "Như trên" appears once and first, the archive line
 * exactly once and last (the clerk's own wording, e.g. "Lưu: VT, BTT", wins over the profile's).
 */
import type { Frame } from '../document/frame';
import { addresseeItems } from './addressees';
import { cleanFrameLine } from './legal-bases';

const HEADING = /^nơi\s+nhận\s*:?$/iu;
const ARCHIVE = /^lưu\s*:?\s*(.*)$/iu;
const AS_ABOVE = /^như\s+trên$/iu;

/** "Lưu VT" → "Lưu: VT"; null when the line is not an archive line. */
export function archiveLineOf(line: string): string | null {
  const cleaned = cleanFrameLine(line);
  const match = ARCHIVE.exec(cleaned);
  if (!match) return null;
  const rest = (match[1] ?? '').trim();
  return rest ? `Lưu: ${rest}` : 'Lưu: VT';
}

/**
 * The recipients as they print, without "- " and ";": the list the sheet, Word, HTML and CLI all draw.
 * `asAbove`: the document has a Kính gửi, so "Như trên" opens the list even when not typed
 * (docs/nd30-rules.md §16).
 */
export function recipientItems(recipients: readonly string[], profileArchiveLine: string, options: { asAbove?: boolean } = {}): string[] {
  const items: string[] = [];
  let archive: string | null = null;
  let asAbove = options.asAbove ?? false;
  const seen = new Set<string>();
  for (const raw of recipients.flatMap((line) => line.split(/\r?\n/))) {
    const line = cleanFrameLine(raw);
    if (!line || HEADING.test(line)) continue;
    const typedArchive = archiveLineOf(line);
    if (typedArchive) {
      archive ??= typedArchive;
      continue;
    }
    if (AS_ABOVE.test(line)) {
      asAbove = true;
      continue;
    }
    const key = line.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(line);
  }
  archive ??= profileArchiveLine.trim() ? archiveLineOf(profileArchiveLine) ?? cleanFrameLine(profileArchiveLine) : null;
  return [...(asAbove ? ['Như trên'] : []), ...items, ...(archive ? [archive] : [])];
}

/** "- Như trên;", "- Ủy ban MTTQ phường;", "- Lưu: VT." */
export function recipientLines(recipients: readonly string[], profileArchiveLine: string, options: { asAbove?: boolean } = {}): string[] {
  const items = recipientItems(recipients, profileArchiveLine, options);
  return items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
}

/** The frame's Nơi nhận lines: "Như trên" first whenever the frame has a Kính gửi. */
export function frameRecipientLines(frame: Pick<Frame, 'recipients' | 'addressees'>, profileArchiveLine: string): string[] {
  return recipientLines(frame.recipients, profileArchiveLine, { asAbove: addresseeItems(frame.addressees).length > 0 });
}
