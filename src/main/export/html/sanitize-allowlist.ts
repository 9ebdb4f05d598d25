/**
 * The gate every HTML string passes before it leaves the app (portal fragment, standalone page
 * body, clipboard). The allowlist is the body model's (src/shared/document/body.ts) written as
 * tags: a construct the model cannot hold cannot come out, and anything executable is dropped
 * whatever way it was spelt. Sanitising is idempotent: gate(gate(x)) === gate(x).
 */
import sanitizeHtml from 'sanitize-html';

/** One tag per model construct (docs/nd30-rules.md §14 "Recommended export", plus lists, quotes, rules). */
export const PORTAL_ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4',
  'p', 'br', 'hr',
  'strong', 'em', 'u',
  'a',
  'ul', 'ol', 'li',
  'blockquote',
  'figure', 'img', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;

const ALIGNABLE = ['p', 'h1', 'h2', 'h3', 'h4', 'th', 'td'] as const;

/** Links go to the web over TLS or to a mailbox, nothing else (no javascript:, data:, file:, relative). */
export const LINK_HREF = /^(?:https:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+)$/i;

/**
 * Images are either embedded raster data or a file written beside the page by thuky itself
 * (`anh-01.jpg`, `bao-cao_files/anh-01.jpg`). Never a remote address: no tracking pixels.
 */
export const IMAGE_SRC = /^(?:data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}|(?:[A-Za-z0-9_-]{1,80}_files\/)?anh-\d{2,4}\.(?:jpg|png|gif|webp))$/;

const SPAN_VALUE = /^[1-9]\d{0,2}$/;

function keepWhen(attribs: Record<string, string>, name: string, test: RegExp): Record<string, string> {
  // Attribute order is kept, so a second pass writes the same bytes (idempotence).
  return Object.fromEntries(Object.entries(attribs).filter(([key, value]) => key !== name || test.test(value)));
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...PORTAL_ALLOWED_TAGS],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start', 'type'],
    th: ['colspan', 'rowspan', 'style'],
    td: ['colspan', 'rowspan', 'style'],
    p: ['style'],
    h1: ['style'],
    h2: ['style'],
    h3: ['style'],
    h4: ['style'],
  },
  allowedStyles: Object.fromEntries(ALIGNABLE.map((tag) => [tag, { 'text-align': [/^(?:left|center|right|justify)$/] }])),
  allowedClasses: {},
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Content of these is never text a reader should see; 'template' and 'svg'/'math' carry markup
  // that browsers parse differently (mutation XSS), so their text goes too.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object', 'xmp', 'noembed', 'noframes', 'plaintext'],
  disallowedTagsMode: 'discard',
  enforceHtmlBoundary: false,
  nestingLimit: 40,
  transformTags: {
    // sanitize-html lets relative URLs through; thuky's rules are stricter than its scheme list.
    a: (tagName, attribs) => ({ tagName, attribs: keepWhen(attribs, 'href', LINK_HREF) }),
    img: (tagName, attribs) => ({ tagName, attribs: keepWhen(keepWhen(keepWhen(attribs, 'src', IMAGE_SRC), 'width', /^\d{1,5}$/), 'height', /^\d{1,5}$/) }),
    ol: (tagName, attribs) => ({ tagName, attribs: keepWhen(keepWhen(attribs, 'start', /^\d{1,6}$/), 'type', /^[1aAiI]$/) }),
    th: (tagName, attribs) => ({ tagName, attribs: keepWhen(keepWhen(attribs, 'colspan', SPAN_VALUE), 'rowspan', SPAN_VALUE) }),
    td: (tagName, attribs) => ({ tagName, attribs: keepWhen(keepWhen(attribs, 'colspan', SPAN_VALUE), 'rowspan', SPAN_VALUE) }),
  },
  // An image without an allowed source is no image at all (not an empty <img>).
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** Runs the gate. The output uses HTML5 void tags (`<br>`), which sanitize-html writes as `<br />`. */
export function sanitizePortalHtml(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS);
  // Inside text and attribute values sanitize-html escapes ">", so " />" only ends a void tag here.
  return clean.replace(/<(br|hr|img)((?:\s[^<>]*)?) \/>/g, '<$1$2>');
}
