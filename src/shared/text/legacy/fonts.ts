/**
 * Legacy fonts by name: the ABC (TCVN3) fonts are named `.Vn…` (`.VnTime`, `.VnArialH`), those
 * ending in "H" drawing every letter as a capital; the VNI fonts are named `VNI-…` (`VNI-Times`).
 */
import type { LegacyEncoding } from './detect';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** The font draws lower-case codes as capitals (`.VnTimeH`): upper-case the decoded text. */
  capitals: boolean;
}

/** The encoding a font name implies, or null for a Unicode font. */
export function legacyFont(fontName: string | undefined | null): LegacyFont | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', capitals: /H$/u.test(name) };
  if (/^vni[-\s]/iu.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}
