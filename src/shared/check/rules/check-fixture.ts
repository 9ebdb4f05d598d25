/** A minimal stored document for rule tests: an article whose body is the given paragraphs. */
import type { BodyNode } from '../../document/body';
import { Document } from '../../document/document';
import { EMPTY_FRAME } from '../../document/frame';

export function articleWith(...paragraphs: string[]): Document {
  return Document.parse({
    id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    kind: 'article',
    title: 'Tin bài',
    frame: EMPTY_FRAME,
    body: { type: 'doc', content: paragraphs.map((text): BodyNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) },
    portal: { author: '', publishedAt: null },
    templateId: null,
    createdAt: '2024-01-31T00:00:00.000Z',
    updatedAt: '2024-01-31T00:00:00.000Z',
  });
}
