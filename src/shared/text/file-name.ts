/**
 * The one rule for the names of exported files (Word, HTML, PDF, lists, each giấy mời, the files and
 * folder of "Xuất tất cả"): from the document's title, Vietnamese letters kept (NFC), readable as
 * the clerk wrote it; only what every Windows file system takes: no < > : " / \ | ? * or control
 * characters, no trailing dot or space, never a reserved device name (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9), and at most MAX_STEM characters, cut between words, never inside a word or a number.
 * An empty title falls back to the kind's name and the date. (docs/nd30-rules.md §17)
 */

/** Room for a folder path in Windows' classic 260-character limit. */
export const MAX_STEM = 100;

const WINDOWS_REFUSES = '<>:"/\\|?*';

/** A character Windows refuses in a name, or a control character (below U+0020, and DEL). */
function refused(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || WINDOWS_REFUSES.includes(char);
}
const RESERVED = /^(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/iu;

export interface FileNameParts {
  title: string;
  /** What the file is when the title is empty ("Giấy mời"). */
  kindLabel?: string | undefined;
  /** YYYY-MM-DD, used with kindLabel when the title is empty. */
  date?: string | null | undefined;
  /** Before the title: a position in a folder ("01"). */
  prefix?: string | undefined;
  /** After the title, kept whole by the length cap: a person's name for one giấy mời ("01 Ngô Quang Huy"). */
  suffix?: string | undefined;
}

function clean(text: string): string {
  return [...text.normalize('NFC')].map((char) => (refused(char) ? ' ' : char)).join('').replace(/\s+/gu, ' ').trim();
}

/** At most `max` characters (code points), cut at a space so no word or number is split. */
function capAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max + 1).join('');
  const space = head.lastIndexOf(' ');
  // One word longer than the cap: it has to be cut somewhere.
  return space > 0 ? head.slice(0, space).trim() : chars.slice(0, max).join('');
}

/** "Báo cáo kết quả Hội nghị" → "Báo cáo kết quả Hội nghị" (the stem, without extension). */
export function fileStem(parts: FileNameParts): string {
  const fallback = clean([parts.kindLabel ?? '', parts.date ?? ''].join(' ')) || 'Văn bản';
  const title = clean(parts.title) || fallback;
  const prefix = capAtWord(clean(parts.prefix ?? ''), 30);
  const suffix = capAtWord(clean(parts.suffix ?? ''), 50);
  // The prefix and suffix stay whole; the title takes the room left (" " and " - " between them).
  const room = MAX_STEM - (prefix ? [...prefix].length + 1 : 0) - (suffix ? [...suffix].length + 3 : 0);
  let stem = [prefix, capAtWord(title, room), ...(suffix ? ['-', suffix] : [])].filter(Boolean).join(' ');
  // Windows drops a trailing dot or space; a device name cannot be a file at all.
  stem = stem.replace(/[. ]+$/u, '');
  if (!stem) stem = 'Văn bản';
  if (RESERVED.test(stem.split('.')[0] ?? '')) stem = `${stem} (văn bản)`;
  return stem;
}

/** The whole name: stem and extension ("docx", "html", "pdf"…). */
export function exportFileName(parts: FileNameParts, extension: string): string {
  return `${fileStem(parts)}.${extension.replace(/^\./u, '')}`;
}
