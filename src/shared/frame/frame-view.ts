/**
 * The whole frame as it prints, in one place: the sheet, the Word export, the HTML list pages and the
 * CLI "show" all read these lines, so the screen and the paper cannot disagree.
 */
import type { Frame } from '../document/frame';
import type { Profile } from '../profile/profile';
import { formatNumberAndSymbol, formatPlaceAndDate } from '../text/nd30-date';
import { legalBasisLines } from './legal-bases';
import { addresseeBlock, addresseeLines, type AddresseeBlock } from './addressees';
import { frameRecipientLines } from './recipients';
import { signerBlock, type SignerBlock } from './signer-block';
import { congVanSummaryLine, isCongVan } from './summary';

export type FrameProfile = Pick<Profile, 'place' | 'signer' | 'archiveLine'>;

export interface FrameView {
  parentBody: string[];
  issuingBody: string[];
  numberLine: string;
  /** The place falls back to the profile's when the document leaves it empty. */
  placeDateLine: string;
  /** Upper case; "" for a công văn. */
  documentType: string;
  /** Under the tên loại (trích yếu lines), empty for a công văn. */
  summaryLines: string[];
  /** "V/v …" under Số for a công văn, else "". */
  congVanSummary: string;
  legalBases: string[];
  /** Kính gửi (ô 9a) above the body, or null. */
  addressees: AddresseeBlock | null;
  recipients: string[];
  signer: SignerBlock;
}

export function placeOf(frame: Pick<Frame, 'place'>, profile: Pick<Profile, 'place'>): string {
  return frame.place.trim() || profile.place.trim();
}

export function placeDateLine(frame: Pick<Frame, 'place' | 'date'>, profile: Pick<Profile, 'place'>): string {
  return formatPlaceAndDate(placeOf(frame, profile), frame.date);
}

const upper = (lines: readonly string[]) => lines.map((line) => line.trim().toLocaleUpperCase('vi')).filter(Boolean);

export function frameView(frame: Frame, profile: FrameProfile): FrameView {
  const congVan = isCongVan(frame);
  return {
    parentBody: upper(frame.parentBody),
    issuingBody: upper(frame.issuingBody),
    numberLine: formatNumberAndSymbol(frame.number, frame.symbol),
    placeDateLine: placeDateLine(frame, profile),
    documentType: frame.documentType.trim().toLocaleUpperCase('vi'),
    summaryLines: congVan ? [] : frame.summary.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    congVanSummary: congVan ? congVanSummaryLine(frame.summary) : '',
    legalBases: legalBasisLines(frame.legalBases),
    addressees: addresseeBlock(frame.addressees),
    recipients: frameRecipientLines(frame, profile.archiveLine),
    signer: signerBlock(frame.signer, profile.signer),
  };
}

/** The frame as plain text lines in reading order (the CLI's "show"); the body goes between head and closing. */
export function frameTextLines(view: FrameView): { head: string[]; closing: string[] } {
  const head = [
    ...view.parentBody,
    ...view.issuingBody,
    view.numberLine,
    ...(view.congVanSummary ? [view.congVanSummary] : []),
    view.placeDateLine,
    ...(view.documentType ? [view.documentType] : []),
    ...view.summaryLines,
    ...view.legalBases,
    ...addresseeLines(view.addressees),
  ];
  const closing = [...(view.recipients.length ? ['Nơi nhận:', ...view.recipients] : []), ...view.signer.heading, ...(view.signer.name ? [view.signer.name] : [])];
  return { head, closing };
}
