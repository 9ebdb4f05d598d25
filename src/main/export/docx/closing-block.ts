/**
 * The closing block (ND30 PL I §II.7 and §II.9.b, docs/nd30-rules.md §3): a borderless 2-column table,
 * both cells top-aligned so that "Nơi nhận:" is level with the first authority line.
 * Left (ô 9b): "Nơi nhận:" 12 pt bold italic, then one recipient per line in 11 pt, "- …;", the last
 * line "- Lưu: VT, …." from the profile's archive line. Right (ô 7a/7c/7b): authority and title upper
 * case bold 14, room for signature and seal, the name bold 14.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Signer } from '../../../shared/document/signer';
import { frameRecipientLines } from '../../../shared/frame/recipients';
import { effectiveSigner, signerBlock } from '../../../shared/frame/signer-block';
import type { Frame } from '../../../shared/document/frame';
import type { DocxContext } from './context';
import { frameCell, frameLine, frameTable } from './frame-table';
import { styledRun } from './run-style';

/**
 * docs/nd30-rules.md §3 suggests about 45 % / 55 % [INFER]; 52 % keeps a usual recipient line
 * ("- Thường trực Quận ủy, HĐND, UBND quận (để b/c);", about 84 mm at 11 pt) on one line as in the
 * §13.2 rendering, while "TM. BAN THƯỜNG TRỰC" (about 59 mm at 14 pt bold) still fits on the right.
 */
export const CLOSING_LEFT_SHARE = 0.52;
/** docs/nd30-rules.md §7.2 [INFER]: about 4 empty lines (70–80 pt) for signature and seal. */
export const SIGNATURE_SPACE_TWIPS = 1500;
const BLOCK_GAP_BEFORE_TWIPS = 0;

export function recipientParagraphs(frame: Frame, ctx: DocxContext): Paragraph[] {
  const lines = frameRecipientLines(frame, ctx.profile.archiveLine);
  if (lines.length === 0) return [];
  return [
    frameLine([styledRun('Nơi nhận:', { sizeHalfPt: ctx.sizes.recipientsLabel, bold: true, italic: true })], AlignmentType.LEFT),
    ...lines.map((line) => frameLine([styledRun(line, { sizeHalfPt: ctx.sizes.recipientsList })], AlignmentType.LEFT)),
  ];
}

/**
 * Authority and title lines (may hold several lines each), room for the signature, then the name;
 * `keepName` keeps the name with what follows (the last grid row with Nơi nhận under it).
 */
export function signerParagraphs(lines: readonly string[], name: string, ctx: DocxContext, keepName = false, paddingLines = 0): Paragraph[] {
  const heading = lines.flatMap((line) => line.split('\n')).map((line) => line.trim()).filter(Boolean);
  const paragraphs = heading.map((line) =>
    frameLine([styledRun(line.toLocaleUpperCase('vi'), { sizeHalfPt: ctx.sizes.signer, bold: true })], AlignmentType.CENTER, 0, 0, keepName),
  );
  // Empty lines at the signer size so that the names of one grid row stand level.
  for (let line = 0; line < paddingLines; line++) paragraphs.push(frameLine([styledRun('', { sizeHalfPt: ctx.sizes.signer, bold: true })], AlignmentType.CENTER, 0, 0, keepName));
  paragraphs.push(frameLine([styledRun(name.trim(), { sizeHalfPt: ctx.sizes.signerName, bold: true })], AlignmentType.CENTER, SIGNATURE_SPACE_TWIPS, 0, keepName));
  return paragraphs;
}

export function signerOf(frame: Frame, ctx: DocxContext): Signer {
  return effectiveSigner(frame.signer, ctx.profile.signer);
}

export function closingWidths(ctx: DocxContext): [number, number] {
  const left = Math.round(ctx.geometry.textWidthTwips * CLOSING_LEFT_SHARE);
  return [left, ctx.geometry.textWidthTwips - left];
}

/** The signer's lines: a pledge's only party when given, else the frame's signer (or the profile's). */
function signerBlockLines(frame: Frame, ctx: DocxContext, party?: { authorityLine: string; title: string; name: string }): { lines: string[]; name: string } {
  if (party) return { lines: [party.authorityLine, party.title], name: party.name };
  const block = signerBlock(frame.signer, ctx.profile.signer);
  return { lines: block.heading, name: block.name };
}

/**
 * Nơi nhận left and the signer right, in one row that never splits; the empty line before it keeps
 * with it, and the body's last lines keep with that line (body.ts), so the block never stands alone.
 */
export function closingBlock(frame: Frame, ctx: DocxContext, party?: { authorityLine: string; title: string; name: string }): Array<Paragraph | Table> {
  const [left, right] = closingWidths(ctx);
  const { lines, name } = signerBlockLines(frame, ctx, party);
  return [
    frameLine([], AlignmentType.LEFT, BLOCK_GAP_BEFORE_TWIPS, 0, true),
    frameTable([[frameCell(recipientParagraphs(frame, ctx), left), frameCell(signerParagraphs(lines, name, ctx), right)]], [left, right]),
  ];
}
