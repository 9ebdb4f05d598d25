/**
 * Appendices (ND30 PL I §III.1, PL III Mẫu 2.1; docs/nd30-rules.md §10.1): each starts a new section with
 * its own page numbering from 1. Heading: "Phụ lục" (or "Phụ lục I", "II"… when there are two or more)
 * 14 pt bold centred, the title UPPERCASE bold centred, "(Kèm theo …)" italic centred, a short rule.
 * The content is body blocks (e.g. the attendee table); a wide table turns the section landscape.
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import type { Frame } from '../../../shared/document/frame';
import { formatNd30Date, formatDocumentNumber, printsDate } from '../../../shared/text/nd30-date';
import { convertBody, type BodyBlock } from './body';
import type { DocxContext } from './context';
import { frameLine } from './frame-table';
import { issuerLines } from './header-block';
import { ruleParagraph } from './rule-line';
import { styledRun } from './run-style';

export interface AppendixInput {
  /** "Phụ lục", or "Phụ lục I" when there are several. */
  label: string;
  /** e.g. "Danh sách đại biểu dự Hội nghị …" (printed upper case). */
  title: string;
  /** The "(Kèm theo …)" text without brackets; empty to leave the line out. */
  attachedTo: string;
  content: BodyNode[];
}

const APPENDIX_RULE_TWIPS = 1701;

/** Roman numeral for "Phụ lục I", "II"… */
export function romanNumeral(value: number): string {
  const parts: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, letters] of parts) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** "Phụ lục" for a single appendix, "Phụ lục I", "Phụ lục II"… when there are several. */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${romanNumeral(index + 1)}` : 'Phụ lục';
}

/** "Kèm theo Báo cáo số 12/BC-MTTQ-BTT ngày 31 tháng 01 năm 2024 của Ban Thường trực …" from the frame. */
export function attachedToText(frame: Frame, ctx: DocxContext): string {
  const type = frame.documentType.trim();
  const typeName = type ? type.charAt(0) + type.slice(1).toLocaleLowerCase('vi') : 'Văn bản';
  const number = formatDocumentNumber(frame.number);
  const symbol = frame.symbol.trim();
  const numberPart = number || symbol ? ` số ${number || '   '}${symbol ? `/${symbol}` : ''}` : ' số     ';
  const datePart = printsDate(frame.date) ? ` ${formatNd30Date(frame.date)}` : ' ngày     tháng     năm     ';
  const { issuing } = issuerLines(frame, ctx);
  const issuer = ctx.profile.orgName.trim();
  const by = issuing.length && issuer ? `${sentenceCase(issuing.join(' '))} ${issuer}` : issuer;
  return `Kèm theo ${typeName}${numberPart}${datePart}${by ? ` của ${by}` : ''}`;
}

/** Issuer names in running text per ND30 PL II §I (organisation type and function capitalised). */
const RUNNING_TEXT_NAMES: Record<string, string> = {
  'BAN THƯỜNG TRỰC': 'Ban Thường trực',
  'BAN CÔNG TÁC MẶT TRẬN': 'Ban Công tác Mặt trận',
};

function sentenceCase(text: string): string {
  const known = RUNNING_TEXT_NAMES[text.toLocaleUpperCase('vi')];
  if (known) return known;
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function appendixHeading(input: AppendixInput, ctx: DocxContext, widthTwips: number): Paragraph[] {
  const size = ctx.sizes.appendixTitle;
  const paragraphs = [
    frameLine([styledRun(input.label, { sizeHalfPt: ctx.sizes.appendixLabel, bold: true })], AlignmentType.CENTER, 0, 0, true),
    frameLine([styledRun(input.title.trim().toLocaleUpperCase('vi'), { sizeHalfPt: size, bold: true })], AlignmentType.CENTER, 0, 0, true),
  ];
  if (input.attachedTo.trim()) {
    const text = input.attachedTo.trim().replace(/^\(|\)$/gu, '');
    paragraphs.push(frameLine([styledRun(`(${text})`, { sizeHalfPt: size, italic: true })], AlignmentType.CENTER, 0, 0, true));
  }
  paragraphs.push(ruleParagraph(APPENDIX_RULE_TWIPS, widthTwips));
  paragraphs.push(frameLine([], AlignmentType.CENTER));
  return paragraphs;
}

/** The appendix's blocks; `landscape` when its content holds a wide table. */
export function appendixBlocks(input: AppendixInput, ctx: DocxContext): { blocks: BodyBlock[]; landscape: boolean } {
  const content = convertBody(input.content, ctx);
  const landscape = content.some((block) => block.landscape);
  const width = landscape ? ctx.geometry.landscapeTextWidthTwips : ctx.geometry.textWidthTwips;
  const heading = appendixHeading(input, ctx, width).map((child) => ({ child, landscape }));
  return { blocks: [...heading, ...content.map((block) => ({ ...block, landscape }))], landscape };
}
