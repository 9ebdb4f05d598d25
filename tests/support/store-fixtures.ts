/** Documents for store tests: full interchange form from a title and paragraphs. */
import { paragraph } from '../../src/shared/document/body';
import type { DocumentImport } from '../../src/shared/document/document';
import { EMPTY_FRAME } from '../../src/shared/document/frame';
import type { DocumentKind } from '../../src/shared/document/kind';
import { EMPTY_PORTAL } from '../../src/shared/document/portal';

export function sampleDocument(title: string, paragraphs: string[], extra: { kind?: DocumentKind; place?: string; signerName?: string } = {}): DocumentImport {
  return {
    format: 'thuky.document/1',
    kind: extra.kind ?? 'report',
    title,
    frame: { ...EMPTY_FRAME, place: extra.place ?? '', signer: { ...EMPTY_FRAME.signer, name: extra.signerName ?? '' } },
    body: { type: 'doc', content: paragraphs.map((text) => paragraph(text)) },
    portal: EMPTY_PORTAL,
    templateId: null,
  };
}
