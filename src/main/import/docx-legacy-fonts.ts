/**
 * Word files typed in the legacy fonts: runs in a TCVN3 font (`.VnTime`, `.VnTimeH` — the "H"
 * fonts draw every letter as a capital) or a VNI font (`VNI-Times`) hold their text in that
 * encoding. Before mammoth reads the file, each such run's text is converted to Unicode and its font
 * set to Times New Roman. The font is the run's own, else its character style's, else its paragraph
 * style's (following basedOn), else the document default — as Word resolves it.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { legacyFont, legacyToUnicode, type LegacyFont } from '../../shared/text/legacy';

interface StyleFont {
  font: string | undefined;
  basedOn: string | undefined;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`, 'u').exec(xml)?.[1];
}

/** The font an rPr names for Latin text (w:ascii, else w:hAnsi). */
function rPrFont(rPr: string | undefined): string | undefined {
  const rFonts = rPr ? /<w:rFonts\b[^>]*>/u.exec(rPr)?.[0] : undefined;
  if (!rFonts) return undefined;
  return attribute(rFonts, 'w:ascii') ?? attribute(rFonts, 'w:hAnsi');
}

function firstRPr(xml: string): string | undefined {
  return /<w:rPr>([\s\S]*?)<\/w:rPr>|<w:rPr\/>/u.exec(xml)?.[1];
}

function readStyles(xml: string | undefined): { styles: Map<string, StyleFont>; defaultFont: string | undefined } {
  const styles = new Map<string, StyleFont>();
  if (!xml) return { styles, defaultFont: undefined };
  for (const match of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attribute(match[1] ?? '', 'w:styleId');
    if (!id) continue;
    const body = match[2] ?? '';
    styles.set(id, { font: rPrFont(firstRPr(body)), basedOn: /<w:basedOn w:val="([^"]*)"/u.exec(body)?.[1] });
  }
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/u.exec(xml)?.[1];
  return { styles, defaultFont: rPrFont(defaults) };
}

function styleFont(styles: Map<string, StyleFont>, id: string | undefined): string | undefined {
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    if (style.font) return style.font;
    id = style.basedOn;
  }
  return undefined;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    if (entity === 'amp') return '&';
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const UNICODE_FONTS = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';

/** One run converted: its texts to Unicode, its font to Times New Roman. */
function convertRun(run: string, font: LegacyFont): string {
  // TCVN3's "ư" is byte 0xAD, the soft hyphen: a .doc saved again as .docx (LibreOffice, Word)
  // keeps it as <w:softHyphen/>, not as text. In a legacy run it is a letter.
  const letters = run.replace(/<w:softHyphen\s*\/>/gu, '<w:t xml:space="preserve">\u00AD</w:t>');
  let out = letters.replace(/(<w:t\b[^>]*>)([^<]*)(<\/w:t>)/gu, (_, open: string, text: string, close: string) => open + escapeXml(legacyToUnicode(unescapeXml(text), font.encoding, { capitals: font.capitals })) + close);
  if (/<w:rFonts\b[^>]*>/u.test(out)) out = out.replace(/<w:rFonts\b[^>]*>/u, UNICODE_FONTS);
  else if (/<w:rPr>/u.test(out)) out = out.replace(/<w:rPr>/u, `<w:rPr>${UNICODE_FONTS}`);
  else out = out.replace(/^<w:r\b[^>]*>/u, (open) => `${open}<w:rPr>${UNICODE_FONTS}</w:rPr>`);
  return out;
}

/** A part's XML (document, header, footer, footnotes) with its legacy runs converted; null when it had none. */
export function convertLegacyRuns(xml: string, stylesXml: string | undefined): string | null {
  const { styles, defaultFont } = readStyles(stylesXml);
  let changed = false;
  const out = xml.replace(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/gu, (paragraph) => {
    const pStyle = /<w:pStyle w:val="([^"]*)"/u.exec(paragraph)?.[1];
    const paragraphFont = styleFont(styles, pStyle) ?? styleFont(styles, 'Normal') ?? defaultFont;
    return paragraph.replace(/<w:r\b(?:\s[^>]*)?>[\s\S]*?<\/w:r>/gu, (run) => {
      const rPr = firstRPr(run);
      const rStyle = rPr ? /<w:rStyle w:val="([^"]*)"/u.exec(rPr)?.[1] : undefined;
      const font = legacyFont(rPrFont(rPr) ?? styleFont(styles, rStyle) ?? paragraphFont);
      if (!font) return run;
      changed = true;
      return convertRun(run, font);
    });
  });
  return changed ? out : null;
}

const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/u;

/** The .docx with every legacy-font run in Unicode and Times New Roman; the same bytes when there were none. */
export function docxWithUnicodeText(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  const stylesXml = styles ? decoder.decode(styles) : undefined;
  let changed = false;
  const out: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    const converted = TEXT_PARTS.test(name) ? convertLegacyRuns(decoder.decode(content), stylesXml) : null;
    if (converted !== null) changed = true;
    out[name] = converted !== null ? encoder.encode(converted) : content;
  }
  return changed ? zipSync(out) : bytes;
}
