/**
 * Reads the official header at the top of an imported Word document back into the frame fields
 * (ND30 PL I §II ô 1–5), so it is printed by the frame and not twice as body text:
 * organisation lines, "Số: 05/BC-MTTQ-BTT", "Thanh Xuân, ngày 31 tháng 01 năm 2024", the Quốc hiệu
 * and Tiêu ngữ (dropped, the export prints them), "BÁO CÁO" and the trích yếu lines, then any
 * "Căn cứ …" lines (ô 6). The header is usually a borderless two-column table, sometimes plain
 * paragraphs; both are read. Nothing is taken unless at least two header signs are found.
 */
import { addresseeItems } from '../../shared/frame/addressees';
import type { BodyNode } from '../../shared/document/body';
import { EMPTY_FRAME, type Frame } from '../../shared/document/frame';
import type { DocumentKind } from '../../shared/document/kind';
import { kindForDocumentType } from '../../shared/document/kinds';
import { isValidIsoDate } from '../../shared/text/nd30-date';

interface Line {
  text: string;
  bold: boolean;
  centered: boolean;
}

const MOTTO = [/^CỘNG H[OÒ]A XÃ H[OỘ]I CH[UỦ] NGH[IĨ]A VIỆT NAM$/iu, /^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$/iu];
const SEPARATOR = /^[\s_\-–—─━=*.·]+$/u;
const NUMBER_LINE = /^Số\s*:\s*(\d{0,6})\s*(?:\/\s*([^\s/]+))?\s*$/iu;
/** "Thanh Xuân, ngày 31 tháng 01 năm 2024"; day and month may be left blank for the văn thư. */
const PLACE_DATE = /^(.{0,80}?),?\s*ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\d{4})\s*\.?$/iu;
const LEGAL_BASIS = /^Căn cứ\s/u;
/** "Kính gửi: …" (ô 9a) and the "- …;" lines under it (docs/nd30-rules.md §16). */
const ADDRESSEES = /^Kính\s+gửi\s*:?\s*(.*)$/iu;
const ADDRESSEE_ITEM = /^[-–—•+]\s*\S/u;

function inlineLines(node: BodyNode, centered: boolean): Line[] {
  const lines: Line[] = [];
  let current: BodyNode[] = [];
  const push = () => {
    const text = current.map((part) => part.text ?? '').join('').replace(/\s+/g, ' ').trim();
    const texts = current.filter((part) => (part.text ?? '').trim());
    if (text) lines.push({ text, bold: texts.length > 0 && texts.every((part) => part.marks?.some((mark) => mark.type === 'bold')), centered });
    current = [];
  };
  for (const part of node.content ?? []) {
    if (part.type === 'hardBreak') push();
    else if (part.type === 'text') current.push(part);
  }
  push();
  return lines;
}

function blockLines(node: BodyNode): Line[] {
  if (node.type === 'paragraph' || node.type === 'heading') return inlineLines(node, node.attrs?.textAlign === 'center');
  return (node.content ?? []).flatMap(blockLines);
}

function isUpper(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function isMotto(text: string): boolean {
  return MOTTO.some((pattern) => pattern.test(text));
}

function isoFromParts(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export interface HeaderReading {
  frame: Frame;
  body: BodyNode[];
  kind: DocumentKind;
  /** "Báo cáo kết quả Hội nghị …" from tên loại and trích yếu; null when there is no tên loại. */
  title: string | null;
}

/** Returns null when the blocks do not start with an official header. */
export function readOfficialHeader(blocks: BodyNode[]): HeaderReading | null {
  const frame: Frame = structuredClone(EMPTY_FRAME);
  const orgLines: Line[] = [];
  let signs = 0;
  let index = 0;
  let sawPlaceDate = false;
  let sawNumber = false;

  // Phase 1: the header proper (a table, or paragraphs each of which is a header line).
  const takeHeaderLine = (line: Line): boolean => {
    const number = NUMBER_LINE.exec(line.text);
    if (number) {
      frame.number = number[1] ?? '';
      frame.symbol = number[2] ?? '';
      sawNumber = true;
      signs += 1;
      return true;
    }
    const placeDate = PLACE_DATE.exec(line.text);
    if (placeDate) {
      frame.place = (placeDate[1] ?? '').trim().replace(/,$/, '');
      frame.date = isoFromParts(placeDate[2] ?? '', placeDate[3] ?? '', placeDate[4] ?? '');
      sawPlaceDate = true;
      signs += 1;
      return true;
    }
    if (isMotto(line.text)) {
      signs += 1;
      return true;
    }
    if (SEPARATOR.test(line.text)) return true;
    if (/^V\/v\s+/iu.test(line.text) && sawNumber) {
      frame.summary = line.text.replace(/^V\/v\s+/iu, '');
      return true;
    }
    if (isUpper(line.text) && !sawNumber && !sawPlaceDate) {
      orgLines.push(line);
      return true;
    }
    return false;
  };

  while (index < blocks.length && index < 12 && !sawPlaceDate) {
    const block = blocks[index] as BodyNode;
    const lines = blockLines(block);
    if (block.type === 'table') {
      // A header table: every line either belongs to the header or is ignored decoration.
      const before = signs;
      lines.forEach(takeHeaderLine);
      if (signs === before) break;
      index += 1;
      continue;
    }
    if (lines.length === 0 || !lines.every(takeHeaderLine)) break;
    index += 1;
  }
  if (signs < 2 && !(signs >= 1 && orgLines.length > 0)) return null;

  // Phase 2: tên loại (an upper-case line), trích yếu (centred or bold lines), a short rule.
  const next = blocks[index];
  const typeLine = next && next.type !== 'table' ? blockLines(next) : [];
  if (typeLine.length === 1 && isUpper((typeLine[0] as Line).text) && (typeLine[0] as Line).text.length <= 80) {
    frame.documentType = (typeLine[0] as Line).text;
    index += 1;
    const summary: string[] = [];
    while (index < blocks.length && summary.length < 4) {
      const lines = blockLines(blocks[index] as BodyNode);
      if (lines.length === 0) break;
      if (lines.every((line) => SEPARATOR.test(line.text))) {
        index += 1;
        break;
      }
      const first = lines[0] as Line;
      if (!(first.centered || lines.every((line) => line.bold)) || LEGAL_BASIS.test(first.text)) break;
      summary.push(lines.map((line) => line.text).join(' '));
      index += 1;
    }
    if (summary.length) frame.summary = summary.join(' ');
  }
  while (index < blocks.length && frame.legalBases.length < 30) {
    const lines = blockLines(blocks[index] as BodyNode);
    if (lines.length !== 1 || !LEGAL_BASIS.test((lines[0] as Line).text)) break;
    frame.legalBases.push((lines[0] as Line).text.replace(/[;.,]\s*$/, ''));
    index += 1;
  }
  // Kính gửi into its frame field: one paragraph ("Kính gửi: A", lines broken or not), then any "- …;" paragraphs.
  const addressed = index < blocks.length ? ADDRESSEES.exec(blockLines(blocks[index] as BodyNode)[0]?.text ?? '') : null;
  if (addressed) {
    const lines = blockLines(blocks[index] as BodyNode);
    const addressees = [addressed[1] ?? '', ...lines.slice(1).map((line) => line.text)];
    index += 1;
    while (index < blocks.length && addressees.length < 40) {
      const items = blockLines(blocks[index] as BodyNode);
      if (items.length === 0 || !items.every((line) => ADDRESSEE_ITEM.test(line.text))) break;
      addressees.push(...items.map((line) => line.text));
      index += 1;
    }
    frame.addressees = addresseeItems(addressees).map((line) => line.slice(0, 300)).slice(0, 40);
  }

  const allBold = orgLines.every((line) => line.bold);
  const noneBold = orgLines.every((line) => !line.bold);
  const org = orgLines.slice(0, 8).map((line) => line.text.slice(0, 300));
  if (allBold) frame.issuingBody = org.slice(0, 4);
  else if (noneBold) {
    frame.parentBody = org.slice(0, -1).slice(0, 4);
    frame.issuingBody = org.slice(-1);
  } else {
    frame.parentBody = orgLines.filter((line) => !line.bold).map((line) => line.text.slice(0, 300)).slice(0, 4);
    frame.issuingBody = orgLines.filter((line) => line.bold).map((line) => line.text.slice(0, 300)).slice(0, 4);
  }
  frame.summary = frame.summary.slice(0, 500);
  const kind = kindForDocumentType(frame.documentType);
  const typeWords = frame.documentType.toLocaleLowerCase('vi');
  const title = frame.documentType
    ? [typeWords.charAt(0).toLocaleUpperCase('vi') + typeWords.slice(1), frame.summary.charAt(0).toLocaleLowerCase('vi') + frame.summary.slice(1)].filter(Boolean).join(' ').slice(0, 300)
    : null;
  return { frame, body: blocks.slice(index), kind, title };
}
