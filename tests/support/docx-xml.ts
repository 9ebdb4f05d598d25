/** Reading an exported DOCX back as XML strings, for assertions on the exact markup. */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  files: Record<string, Uint8Array>;
  xml(name: string): string;
  document: string;
}

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`no ${name} in the package`);
    return strFromU8(file);
  };
  return { files, xml, document: xml('word/document.xml') };
}

/** Every w:p element (paragraphs in table cells included), in document order. */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/gs) ?? [];
}

/** The text of a paragraph or other fragment (w:t contents joined). */
export function textOf(fragment: string): string {
  return [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXml(match[1] ?? '')).join('');
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The first paragraph whose text contains `text`; throws so a test fails with a clear message. */
export function paragraphWith(xml: string, text: string): string {
  const found = paragraphs(xml).find((paragraph) => textOf(paragraph).includes(text));
  if (!found) throw new Error(`no paragraph contains "${text}"`);
  return found;
}

/** The w:r runs of a fragment. */
export function runs(fragment: string): string[] {
  return fragment.match(/<w:r>.*?<\/w:r>|<w:r\s[^>]*>.*?<\/w:r>/gs) ?? [];
}

/** The first run whose text contains `text`. */
export function runWith(fragment: string, text: string): string {
  const found = runs(fragment).find((run) => textOf(run).includes(text));
  if (!found) throw new Error(`no run contains "${text}"`);
  return found;
}

/** Value of w:sz in a run's properties, in half-points. */
export function sizeOf(run: string): number | undefined {
  const match = /<w:sz w:val="(\d+)"\/>/.exec(run);
  return match ? Number(match[1]) : undefined;
}

export function isBold(run: string): boolean {
  return /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(run);
}

export function isItalic(run: string): boolean {
  return /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(run);
}

/** The w:tbl elements at the top level of a fragment (a nested table stays inside its parent). */
export function tables(xml: string): string[] {
  const out: string[] = [];
  const pattern = /<w:tbl>|<\/w:tbl>/g;
  let depth = 0;
  let start = -1;
  for (const match of xml.matchAll(pattern)) {
    if (match[0] === '<w:tbl>') {
      if (depth === 0) start = match.index ?? 0;
      depth++;
    } else {
      depth--;
      if (depth === 0) out.push(xml.slice(start, (match.index ?? 0) + match[0].length));
    }
  }
  return out;
}

/** The w:sectPr elements in order (one per section; the last is the body's own). */
export function sections(xml: string): string[] {
  return xml.match(/<w:sectPr(?:\s[^>]*)?>.*?<\/w:sectPr>/gs) ?? [];
}
