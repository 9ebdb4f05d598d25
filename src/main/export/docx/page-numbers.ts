/**
 * Page numbers (ND30 PL I §I.7): Arabic, 14 pt, upright, centred in the top margin, none on the first
 * page: a default header holding the PAGE field and an empty first-page header with w:titlePg.
 */
import { AlignmentType, Header, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocxContext } from './context';
import { FONT_SLOTS, TEXT_COLOR } from './run-style';

export interface SectionHeaders {
  default: Header;
  first: Header;
}

export function pageNumberHeaders(ctx: DocxContext): SectionHeaders {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: ctx.sizes.pageNumber, sizeComplexScript: ctx.sizes.pageNumber, color: TEXT_COLOR })],
  });
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
