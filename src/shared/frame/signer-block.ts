/**
 * The signature block (ô 7a/7b/7c, ND30 PL I §II.7): the document's own signer, or the profile's when
 * the document leaves every signer field empty; authority and title upper case, then the name.
 */
import { signerHeadingLines, type Signer } from '../document/signer';

export interface SignerBlock {
  /** ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"] — each may be split on typed line breaks. */
  heading: string[];
  name: string;
}

export function isEmptySigner(signer: Signer): boolean {
  return !signer.authority && !signer.authorityOf.trim() && !signer.title.trim() && !signer.name.trim();
}

export function effectiveSigner(own: Signer, profileSigner: Signer): Signer {
  return isEmptySigner(own) ? profileSigner : own;
}

export function signerBlock(own: Signer, profileSigner: Signer): SignerBlock {
  const signer = effectiveSigner(own, profileSigner);
  const heading = signerHeadingLines(signer)
    .flatMap((line) => line.split(/\r?\n/))
    .map((line) => line.trim())
    .filter(Boolean);
  return { heading, name: signer.name.normalize('NFC').trim() };
}
