/**
 * word/styles.xml as Word would leave it after a clerk's clean-up, rewritten in the package pass that
 * already exists (deterministic-package.ts), no extra unzip: widow/orphan control on for every
 * paragraph (the body's last two lines then keep with the closing, body.ts); the library's blue
 * Heading 5/6 and grey Caption styles, unused here, removed; and the "Default Paragraph Font" that
 * docx's character styles are based on defined, so Word's style list shows no undefined base.
 */

/** Body headings use Heading 1–4 only (heading-styles.ts clamps deeper levels) and captions are styled directly. */
const UNUSED_STYLES = ['Heading5', 'Heading6', 'Caption'];

const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

function withoutStyle(xml: string, styleId: string): string {
  const start = xml.search(new RegExp(`<w:style [^>]*w:styleId="${styleId}"`));
  if (start < 0) return xml;
  const end = xml.indexOf('</w:style>', start);
  return end < 0 ? xml : xml.slice(0, start) + xml.slice(end + '</w:style>'.length);
}

export function rewriteStyles(stylesXml: string): string {
  let xml = stylesXml.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:widowControl/>');
  for (const id of UNUSED_STYLES) xml = withoutStyle(xml, id);
  if (xml.includes('w:val="DefaultParagraphFont"') && !xml.includes('w:styleId="DefaultParagraphFont"')) {
    xml = xml.replace(/(<w:style [^>]*w:type="character")/, `${DEFAULT_PARAGRAPH_FONT}$1`);
  }
  return xml;
}
