/**
 * Which signature blocks a document prints, and where its Nơi nhận goes (docs/nd30-rules.md §9.6).
 * The Word export and the sheet's "Văn bản" view both ask here, so the screen shows the blocks the
 * văn thư signs. A joint document (giao ước, chương trình phối hợp) with two or more parties is signed
 * in the parties' grid only — the committee signs there as a party, never in a block of its own —
 * and Nơi nhận sits under the grid, on the left.
 */
import type { KindDescriptor } from './kinds';

export type ClosingLayout<P> =
  /** A news article: the byline, no signature. */
  | { layout: 'byline' }
  /** Nơi nhận on the left, level with one signer on the right: the only party when given, else the frame's signer. */
  | { layout: 'signer'; party: P | null }
  /** Every party signs in the grid, then Nơi nhận under it; no separate issuer block. */
  | { layout: 'party-grid'; parties: readonly P[] };

/** `parties`: the signing parties in signing order (signatureParties), empty when the kind has none. */
export function closingLayout<P>(kind: Pick<KindDescriptor, 'closing'>, parties: readonly P[]): ClosingLayout<P> {
  if (kind.closing === 'byline') return { layout: 'byline' };
  if (kind.closing !== 'signature-grid' || parties.length === 0) return { layout: 'signer', party: null };
  // One party alone signs where any signer signs, level with Nơi nhận.
  if (parties.length === 1) return { layout: 'signer', party: parties[0] ?? null };
  return { layout: 'party-grid', parties };
}
