/**
 * Same document → same bytes. docx stamps docProps/core.xml with the current time and fflate stamps
 * every zip entry with Date.now(); both are replaced by one timestamp taken from the input (the
 * document's updatedAt), and the package is zipped again in a fixed entry order. Parts may be
 * rewritten on the way (the table markup of raw-tables.ts).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** DOS zip times cover 1980–2107. */
const MIN_YEAR = 1980;
const MAX_YEAR = 2107;

function fixedParts(isoTimestamp: string): { w3c: string; zipTime: Date } {
  const parsed = new Date(isoTimestamp);
  const valid = Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(MIN_YEAR, 0, 1)) : parsed;
  const year = Math.min(MAX_YEAR, Math.max(MIN_YEAR, valid.getUTCFullYear()));
  const utc = new Date(Date.UTC(year, valid.getUTCMonth(), valid.getUTCDate(), valid.getUTCHours(), valid.getUTCMinutes(), valid.getUTCSeconds()));
  // fflate writes the local wall-clock fields of the Date; building it from the UTC fields makes the
  // stored fields the same on every machine whatever its time zone.
  const zipTime = new Date(year, utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  return { w3c: utc.toISOString().replace(/\.\d{3}Z$/, 'Z'), zipTime };
}

/** Rewrites of XML parts by path, applied before zipping again (raw-tables.ts uses one). */
export type PartRewrites = Record<string, (xml: string) => string>;

export function makeDeterministic(zip: Uint8Array, isoTimestamp: string, rewrites: PartRewrites = {}): Uint8Array {
  const { w3c, zipTime } = fixedParts(isoTimestamp);
  const entries = unzipSync(zip);
  for (const [name, rewrite] of Object.entries(rewrites)) {
    const part = entries[name];
    if (part) entries[name] = strToU8(rewrite(strFromU8(part)));
  }
  const core = entries['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${w3c}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${w3c}$2`);
    entries['docProps/core.xml'] = strToU8(xml);
  }
  // [Content_Types].xml first, as Office writes it; the rest in docx's own (stable) order.
  const names = Object.keys(entries).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const ordered: Zippable = {};
  for (const name of names) {
    const data = entries[name];
    if (data) ordered[name] = [data, { mtime: zipTime }];
  }
  return zipSync(ordered, { level: 6, mtime: zipTime });
}
