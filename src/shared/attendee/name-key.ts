/**
 * Name keys: the accent-insensitive duplicate key ("Nguyen Van A" = "Nguyễn Văn A") and the
 * Vietnamese given-name sort (the last word first, then the rest, the order of a Vietnamese register).
 */
import { toNfc } from '../text/nfc';
import { foldVietnamese } from '../text/vietnamese-fold';

/** Two rows with the same key are probably the same person typed with and without accents. */
export function duplicateKey(fullName: string): string {
  return foldVietnamese(fullName);
}

/** Variant-sensitive so "Anh" and "Ánh" stay apart but in Vietnamese order (a < á, d < đ). */
const givenNameCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Splits "Nguyễn Văn An" into given name "An" and the rest "Nguyễn Văn". */
export function givenNameParts(fullName: string): { given: string; rest: string } {
  const words = toNfc(fullName).trim().split(/\s+/).filter(Boolean);
  const given = words.pop() ?? '';
  return { given, rest: words.join(' ') };
}

/** Compares two full names by given name, then family and middle names, with Vietnamese collation. */
export function compareGivenName(a: string, b: string): number {
  const left = givenNameParts(a);
  const right = givenNameParts(b);
  return givenNameCollator.compare(left.given, right.given) || givenNameCollator.compare(left.rest, right.rest);
}

export interface DuplicateGroup<T> {
  key: string;
  items: T[];
}

/** Groups items whose names share a duplicate key; only groups of two or more are returned, in first-seen order. */
export function findDuplicates<T>(items: readonly T[], nameOf: (item: T) => string): DuplicateGroup<T>[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = duplicateKey(nameOf(item));
    if (!key) continue;
    const bucket = byKey.get(key);
    if (bucket) bucket.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.entries()].filter(([, bucket]) => bucket.length > 1).map(([key, bucket]) => ({ key, items: bucket }));
}
