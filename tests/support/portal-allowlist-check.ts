/**
 * An independent reading of exported HTML: parses it (htmlparser2, as a browser-like tree) and
 * lists every element, attribute or URL outside the portal allowlist. An empty list means nothing
 * executable or tracking can be in it.
 */
import { parseDocument } from 'htmlparser2';

const ALLOWED: Record<string, readonly string[]> = {
  h1: ['style'], h2: ['style'], h3: ['style'], h4: ['style'], p: ['style'],
  br: [], hr: [], strong: [], em: [], u: [],
  a: ['href'], ul: [], ol: ['start', 'type'], li: [], blockquote: [],
  figure: [], img: ['src', 'alt', 'width', 'height'], figcaption: [],
  table: [], thead: [], tbody: [], tr: [], th: ['colspan', 'rowspan', 'style'], td: ['colspan', 'rowspan', 'style'],
};

type Node = ReturnType<typeof parseDocument>['children'][number];

export function allowlistViolations(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') problems.push(`${node.type} node`);
    if ('attribs' in node && 'name' in node) {
      const allowed = ALLOWED[node.name];
      if (!allowed) problems.push(`tag <${node.name}>`);
      for (const [name, value] of Object.entries(node.attribs)) {
        if (!allowed?.includes(name)) problems.push(`attribute ${name} on <${node.name}>`);
        if (name === 'href' && !/^(https:\/\/|mailto:)[^\s"'<>]+$/i.test(value)) problems.push(`href ${value}`);
        if (name === 'src' && !/^(data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+|([A-Za-z0-9_-]+_files\/)?anh-\d{2,4}\.(jpg|png|gif|webp))$/.test(value)) problems.push(`src ${value.slice(0, 80)}`);
        if (name === 'style' && !/^text-align:(left|center|right|justify)$/.test(value)) problems.push(`style ${value}`);
      }
    }
    if ('children' in node) (node.children as Node[]).forEach(visit);
  };
  parseDocument(html).children.forEach(visit);
  return problems;
}
