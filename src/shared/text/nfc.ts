/** Unicode NFC for every text that enters the model (ND30 PL I §I.4: TCVN 6909:2001 Unicode). */
import { z } from 'zod';

/** Normalise one string to precomposed form (Word, portals and search all expect NFC). */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/** A string schema that stores its value in NFC, whatever form it arrived in. */
export function nfcString() {
  return z.string().overwrite(toNfc);
}

/** Normalises every string inside a JSON-like value (used for imported files before parsing). */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => deepNfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = deepNfc(item);
    return out as T;
  }
  return value;
}
