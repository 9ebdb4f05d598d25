/** Names for exported files the user saves: readable Vietnamese, only characters every file system takes. */

/** A file name from the document title: Vietnamese letters kept, characters Windows refuses removed. */
export function fileNameFromTitle(title: string, extension: string): string {
  const base = [...title].map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char)).join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) || 'van-ban';
  return `${base}.${extension}`;
}
