/**
 * Type sizes of the official frame in half-points (docx `size`), per docs/nd30-rules.md §2.1.
 * Preset A is the illustration table of ND30 PL I §V; Preset B raises the header block by one point
 * (Quốc hiệu 13 / Tiêu ngữ 14, organisation names 13), as widely practised [OBS/INFER].
 */
import type { PageSetup } from '../../../shared/profile/profile';

export interface Nd30SizesHalfPt {
  quocHieu: number;
  tieuNgu: number;
  parentBody: number;
  issuingBody: number;
  numberSymbol: number;
  placeDate: number;
  documentType: number;
  summary: number;
  /** Trích yếu of a công văn ("V/v …"), ND30 PL I §II.5.b: 12–13. */
  summaryCongVan: number;
  legalBasis: number;
  body: number;
  /** NĐ 30 gives no table size; docs/nd30-rules.md §10.3 suggests 12–13 [INFER]. */
  tableCell: number;
  caption: number;
  signer: number;
  signerName: number;
  recipientsLabel: number;
  recipientsList: number;
  appendixLabel: number;
  appendixTitle: number;
  pageNumber: number;
}

const PRESET_A: Nd30SizesHalfPt = {
  quocHieu: 24, // ND30 PL I §V: 12 pt
  tieuNgu: 26, // 13 pt
  parentBody: 24,
  issuingBody: 24,
  numberSymbol: 26,
  placeDate: 26,
  documentType: 28,
  summary: 28,
  summaryCongVan: 24,
  legalBasis: 28,
  body: 28,
  tableCell: 26,
  caption: 26,
  signer: 28,
  signerName: 28,
  recipientsLabel: 24, // ND30 PL I §II.9.b: "Nơi nhận:" 12 pt bold italic
  recipientsList: 22, // list 11 pt
  appendixLabel: 28, // "Phụ lục" 14 pt bold
  appendixTitle: 28,
  pageNumber: 28, // ND30 PL I §I.7: 13–14 pt
};

const PRESET_B: Nd30SizesHalfPt = { ...PRESET_A, quocHieu: 26, tieuNgu: 28, parentBody: 26, issuingBody: 26 };

export function nd30Sizes(preset: PageSetup['sizePreset']): Nd30SizesHalfPt {
  return preset === 'B' ? PRESET_B : PRESET_A;
}
