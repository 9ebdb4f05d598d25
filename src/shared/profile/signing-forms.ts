/**
 * The signing authorities Thông tin cơ quan offers (ND30 PL I §II.7.a; the list is the signer
 * model's SIGNING_AUTHORITIES, document/signer.ts) and the lines a committee usually writes with each: "TM. BAN THƯỜNG
 * TRỰC / CHỦ TỊCH" for the Ban Thường trực's collective signature, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for
 * a deputy signing in the chair's place. Lines the clerk typed themselves are kept.
 */
import type { Signer } from '../document/signer';

type Usual = Pick<Signer, 'authorityOf' | 'title'>;

const USUAL: Record<Signer['authority'], Usual> = {
  'TM.': { authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH' },
  'KT.': { authorityOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
  // "Q. CHỦ TỊCH" is itself the title line: no second one.
  'Q.': { authorityOf: 'CHỦ TỊCH', title: '' },
  'TL.': { authorityOf: 'BAN THƯỜNG TRỰC', title: '' },
  'TUQ.': { authorityOf: 'CHỦ TỊCH', title: '' },
  '': { authorityOf: '', title: 'CHỦ TỊCH' },
};

/** The signer with another authority: "Tập thể/chức danh" and "Chức vụ" follow unless the clerk changed them. */
export function signerWithAuthority(signer: Signer, authority: Signer['authority']): Signer {
  const before = USUAL[signer.authority];
  const after = USUAL[authority];
  return {
    ...signer,
    authority,
    authorityOf: signer.authorityOf.trim() === before.authorityOf || !signer.authorityOf.trim() ? after.authorityOf : signer.authorityOf,
    title: signer.title.trim() === before.title || !signer.title.trim() ? after.title : signer.title,
  };
}
