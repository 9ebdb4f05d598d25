/**
 * A converted body (from .docx or .html) as a document to store: an official header at the top
 * fills the frame (official-header.ts), and with it the closing Nơi nhận / signature block at the
 * end (official-closing.ts); otherwise a leading top-level heading becomes the title
 * (it would otherwise be printed twice: once as the title, once in the body).
 */
import { paragraph, type BodyDoc, type BodyNode } from '../../shared/document/body';
import { DocumentImport } from '../../shared/document/document';
import { EMPTY_FRAME } from '../../shared/document/frame';
import type { DocumentKind } from '../../shared/document/kind';
import { EMPTY_PORTAL } from '../../shared/document/portal';
import { readOfficialClosing } from './official-closing';
import { readOfficialHeader } from './official-header';

function text(node: BodyNode): string {
  return (node.content ?? []).map((part) => (part.type === 'hardBreak' ? ' ' : (part.text ?? ''))).join('').replace(/\s+/g, ' ').trim();
}

function doc(content: BodyNode[]): BodyDoc {
  return { type: 'doc', content: content.length ? content : [paragraph('')] };
}

export function importedDocument(body: BodyDoc, fallback: { title: string; kind: DocumentKind }): DocumentImport {
  const header = readOfficialHeader(body.content);
  if (header) {
    const frame = { ...header.frame };
    let content = header.body;
    const closing = readOfficialClosing(content);
    if (closing) {
      content = closing.body;
      frame.recipients = closing.recipients;
      if (closing.signer) frame.signer = closing.signer;
    }
    return DocumentImport.parse({ kind: header.kind, title: header.title ?? fallback.title, frame, body: doc(content), portal: EMPTY_PORTAL });
  }
  const first = body.content[0];
  const headline = first && first.type === 'heading' && first.attrs?.level === 1 ? text(first) : '';
  return DocumentImport.parse({
    kind: fallback.kind,
    title: (headline || fallback.title).slice(0, 300),
    frame: EMPTY_FRAME,
    body: headline ? doc(body.content.slice(1)) : body,
    portal: EMPTY_PORTAL,
  });
}
