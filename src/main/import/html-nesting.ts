/**
 * Bounds how deeply HTML can nest before htmlparser2 sees it. The parser keeps its open elements in
 * an array it shifts at the front, so each level costs as much as the depth already reached: 40,000
 * nested tags took seconds and 10 MB of them minutes, blocking the process. This linear pass follows
 * the nesting (with the parser's own implied closes, void and raw-text elements) and drops the tags
 * that would open beyond MAX_PARSE_DEPTH, keeping their text. Below that depth the HTML is untouched;
 * html-dom flattens anything deeper than MAX_ELEMENT_DEPTH (100) to text anyway.
 */

export const MAX_PARSE_DEPTH = 128;

/**
 * Elements (start tags) one HTML import may hold: a paste of a 100-page report from Word has ~60,000;
 * the importer takes ~25 µs each, so the limit keeps any paste within a few seconds.
 */
export const MAX_HTML_ELEMENTS = 200_000;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'image', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Their content is text up to the matching end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

const P = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
/** A subset of htmlparser2's openImpliesClose: closing no more than the parser does keeps its depth ≤ ours. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['th', 'td'])], ['a', new Set(['a'])],
  ['li', new Set(['li'])], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, new Set(HEADINGS)] as [string, Set<string>]),
  ...['p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']
    .map((name) => [name, new Set(P)] as [string, Set<string>]),
]);

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x2f || code === 0x3e;
}

/** Index just past the tag's ">" (quotes after "=" respected), or the end of the text. */
function endOfTag(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let index = from; index < html.length; index++) {
    const code = html.charCodeAt(index);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 0x3e) return index + 1;
    else if (afterEquals && (code === 0x22 || code === 0x27)) quote = code;
    if (code === 0x3d) afterEquals = true;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) afterEquals = false;
  }
  return html.length;
}

function skipTo(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

/**
 * The HTML with every start tag beyond `maxDepth` removed (their text and end tags kept), and how
 * many start tags it has; linear time. Counting stops just past `maxElements` (the caller refuses).
 */
export function capNesting(html: string, maxDepth = MAX_PARSE_DEPTH, maxElements = MAX_HTML_ELEMENTS): { html: string; elements: number } {
  let elements = 0;
  const stack: string[] = [];
  const kept: string[] = [];
  let copyFrom = 0;
  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21) {
      index = html.startsWith('<!--', lt) ? skipTo(html, '-->', lt + 4) : skipTo(html, '>', lt + 2);
      continue;
    }
    if (next === 0x3f) {
      index = skipTo(html, '>', lt + 2);
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      index = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = endOfTag(html, nameEnd);
    index = tagEnd;
    if (closing) {
      const open = stack.lastIndexOf(name);
      if (open >= 0) stack.length = open;
      continue;
    }
    if (name === 'plaintext') break;
    if (++elements > maxElements) return { html, elements };
    const selfClosing = html.charCodeAt(tagEnd - 2) === 0x2f;
    if (RAW_TEXT.has(name) && !selfClosing) {
      index = rawEnd(html, name, tagEnd);
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && stack.length && closes.has(stack[stack.length - 1] as string)) stack.pop();
    if (stack.length >= maxDepth) {
      kept.push(html.slice(copyFrom, lt));
      copyFrom = tagEnd;
      continue;
    }
    stack.push(name);
  }
  if (copyFrom === 0) return { html, elements };
  kept.push(html.slice(copyFrom));
  return { html: kept.join(''), elements };
}

/** The end tag of a raw-text element written in any letter case ("</SCRIPT"), or the end of the text. */
function rawEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'ig');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}
