/**
 * HTML typed in the legacy fonts (pasted from an old Word file, or a page saved from it): text whose
 * font is a TCVN3 one (`.VnTime`; `.VnTimeH` draws capitals) or a VNI one (`VNI-Times`) is converted
 * to Unicode before the cleaner reads it. The font is a sure sign, so no question is asked; text
 * without such a font is left for the byte-pattern check and its confirm step (the editor's paste).
 * Fonts come from inline `font-family`, `<font face>`, and simple rules of the page's `<style>`
 * (`p.MsoNormal`, `.MsoTitle`, `span` …), which is where Word puts the Normal style's font.
 */
import { legacyFont, legacyToUnicode, type LegacyFont } from '../../shared/text/legacy';
import { childrenOf, isElement, isText, styleOf, textOf, type HtmlDocument, type HtmlElement, type HtmlNode } from './html-dom';

/** The first family of a font-family value, unquoted (`".VnTime", serif` → `.VnTime`). */
function firstFamily(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim().replace(/^["']|["']$/gu, '').trim();
  return first || undefined;
}

/** `selector → font family` for the simple selectors of every `<style>` (tag, .class, tag.class). */
function styleSheetFonts(document: HtmlDocument): Map<string, string> {
  const fonts = new Map<string, string>();
  const stack: HtmlNode[] = [...childrenOf(document)];
  while (stack.length) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    if (node.name === 'style') {
      const css = textOf(node).replace(/\/\*[\s\S]*?\*\//gu, '').replace(/<!--|-->/gu, '');
      for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/gu)) {
        const family = firstFamily(/(?:^|;)\s*font-family\s*:\s*([^;]+)/iu.exec(body ?? '')?.[1]);
        if (!family) continue;
        for (const selector of (selectors ?? '').split(',')) {
          const key = selector.trim().toLowerCase();
          if (/^[a-z0-9]*(?:\.[\w-]+)?$/u.test(key) && key) fonts.set(key, family);
        }
      }
      continue;
    }
    for (const child of childrenOf(node)) stack.push(child);
  }
  return fonts;
}

function fontOf(element: HtmlElement, sheet: Map<string, string>): string | undefined {
  const inline = firstFamily(styleOf(element).get('font-family'));
  if (inline) return inline;
  if (element.name === 'font' && element.attribs.face) return firstFamily(element.attribs.face);
  for (const cls of (element.attribs.class ?? '').split(/\s+/u).filter(Boolean)) {
    const lower = cls.toLowerCase();
    const found = sheet.get(`${element.name}.${lower}`) ?? sheet.get(`.${lower}`);
    if (found) return found;
  }
  return sheet.get(element.name);
}

/**
 * Converts, in place, every text node whose nearest font is a legacy one; returns how many were.
 * Iterative: pasted HTML may nest deeply.
 */
export function convertLegacyFontText(document: HtmlDocument): number {
  const sheet = styleSheetFonts(document);
  let converted = 0;
  const stack: Array<{ node: HtmlNode; font: LegacyFont | null }> = childrenOf(document).map((node) => ({ node, font: null }));
  while (stack.length) {
    const { node, font } = stack.pop() as { node: HtmlNode; font: LegacyFont | null };
    if (isText(node)) {
      if (font && node.data.trim()) {
        node.data = legacyToUnicode(node.data, font.encoding, { capitals: font.capitals });
        converted++;
      }
      continue;
    }
    if (!isElement(node) || node.name === 'style' || node.name === 'script') continue;
    const named = fontOf(node, sheet);
    // A named Unicode font (Times New Roman) ends a legacy font's reach; no name inherits it.
    const own = named === undefined ? font : legacyFont(named);
    for (const child of childrenOf(node)) stack.push({ node: child, font: own });
  }
  return converted;
}
