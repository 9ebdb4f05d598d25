/**
 * search.query returns escaped text with <mark>…</mark> as the only tags. It is split here into
 * plain-text parts (never inserted as HTML), keeping every space.
 */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function snippetParts(html: string): SnippetPart[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), marked: true } : { text: decode(part), marked: false }));
}
