/**
 * Same document → same bytes, zipped once. docx's compiler gives the package's parts as text and
 * bytes (what Packer would zip); parts are rewritten as text (the table markup of raw-tables.ts, the
 * rows of big lists), docProps/core.xml gets one timestamp taken from the input (the document's
 * updatedAt) instead of the current time, and the parts are zipped in a fixed order with that time
 * on every entry. No zip is inflated and deflated again (issue 16).
 */
import { Packer, type Document as DocxDocument } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../shared/errors/app-error';

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

/** Rewrites of XML parts by path, applied before zipping (raw-tables.ts, list-rows-xml.ts). */
export type PartRewrites = Record<string, (xml: string) => string>;

type PartData = string | Uint8Array | ArrayBuffer;

/**
 * docx's own compiler: the parts Packer zips, by path, in its order. Reached through Packer (docx
 * 9.15.2, pinned exactly) because the public API only gives the zipped package.
 */
function compileParts(docx: DocxDocument): Map<string, PartData> {
  const compiler = (Packer as unknown as { compiler?: { compile(file: DocxDocument): Map<string, PartData> } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new AppError('internal', 'Thư viện docx không có bộ biên dịch gói như dự kiến', { detail: 'Packer.compiler.compile' });
  return compiler.compile(docx);
}

const bytesOf = (data: PartData): Uint8Array => (typeof data === 'string' ? strToU8(data) : data instanceof Uint8Array ? data : new Uint8Array(data));
const textOf = (data: PartData): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));

export function packDeterministic(docx: DocxDocument, isoTimestamp: string, rewrites: Readonly<PartRewrites> = {}): Uint8Array {
  const { w3c, zipTime } = fixedParts(isoTimestamp);
  const parts = compileParts(docx);
  const stamp = (xml: string) =>
    xml.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${w3c}$2`).replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${w3c}$2`);
  // [Content_Types].xml first, as Office writes it; the rest in docx's own (stable) order.
  const names = [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const ordered: Zippable = {};
  for (const name of names) {
    const data = parts.get(name);
    if (data === undefined) continue;
    const rewrite = name === 'docProps/core.xml' ? stamp : rewrites[name];
    ordered[name] = [rewrite ? strToU8(rewrite(textOf(data))) : bytesOf(data), { mtime: zipTime }];
  }
  return zipSync(ordered, { level: 6, mtime: zipTime });
}
