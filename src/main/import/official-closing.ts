/**
 * Reads the closing block at the end of an imported Word document back into the frame: Nơi nhận
 * (ô 9b, "- recipient;" lines, ND30 PL I §II.9) and the signature block (ô 7a–7c: "TM. BAN THƯỜNG
 * TRỰC" / "CHỦ TỊCH" / name). Usually a borderless two-column table, as toDocx writes it. The end
 * mark "./." after the last sentence goes back to "." too: the export adds it again from the profile.
 */
import type { BodyNode } from '../../shared/document/body';
import { SIGNING_AUTHORITIES, type Signer } from '../../shared/document/signer';

const RECIPIENTS_LABEL = /^Nơi nhận\s*:?$/iu;
const ARCHIVE_LINE = /^Lưu\s*:/iu;
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u;
/** "…Thanh Xuân./." → "…Thanh Xuân." (toDocx turns a final "." into "./.", so that is undone). */
const END_MARK = /\/\.\s*$/u;

function lines(node: BodyNode): string[] {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const out: string[] = [''];
    for (const part of node.content ?? []) {
      if (part.type === 'hardBreak') out.push('');
      else out[out.length - 1] += part.text ?? '';
    }
    return out.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }
  return (node.content ?? []).flatMap(lines);
}

function isUpper(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function readRecipients(cellLines: string[]): string[] | null {
  const start = cellLines.findIndex((line) => RECIPIENTS_LABEL.test(line));
  if (start < 0) return null;
  return cellLines
    .slice(start + 1)
    .filter((line) => !ARCHIVE_LINE.test(line.replace(/^[-–+]\s*/, '')))
    .map((line) => line.replace(/^[-–+]\s*/, '').replace(/[;.,]\s*$/, '').trim())
    .filter(Boolean)
    .slice(0, 40);
}

function readSigner(cellLines: string[]): Signer | null {
  const upper = cellLines.filter(isUpper);
  const name = [...cellLines].reverse().find((line) => !isUpper(line));
  if (!upper.length && !name) return null;
  const signer: Signer = { authority: '', authorityOf: '', title: '', name: (name ?? '').slice(0, 120) };
  const first = upper[0] ?? '';
  const authority = AUTHORITY.exec(first);
  if (authority && (SIGNING_AUTHORITIES as readonly string[]).includes(`${authority[1]}.`)) {
    signer.authority = `${authority[1]}.` as Signer['authority'];
    signer.authorityOf = (authority[2] ?? '').slice(0, 200);
    signer.title = upper.slice(1).join(' ').slice(0, 200);
  } else {
    signer.title = upper.join(' ').slice(0, 200);
  }
  return signer;
}

export interface ClosingReading {
  recipients: string[];
  signer: Signer | null;
  body: BodyNode[];
}

/** Returns null when the body does not end with a Nơi nhận / signature block. */
export function readOfficialClosing(blocks: BodyNode[]): ClosingReading | null {
  const lastIndex = blocks.length - 1;
  const last = blocks[lastIndex];
  if (!last || last.type !== 'table') return null;
  const rows = last.content ?? [];
  if (rows.length !== 1) return null;
  const cells = (rows[0]?.content ?? []).map(lines);
  const recipientsCell = cells.findIndex((cell) => cell.some((line) => RECIPIENTS_LABEL.test(line)));
  if (recipientsCell < 0) return null;
  const recipients = readRecipients(cells[recipientsCell] as string[]) ?? [];
  const signerCell = cells.find((_cell, index) => index !== recipientsCell);
  const body = blocks.slice(0, lastIndex);
  const before = body[body.length - 1];
  if (before?.type === 'paragraph' && before.content?.length) {
    const content = [...before.content];
    const tail = content[content.length - 1];
    if (tail?.type === 'text' && END_MARK.test(tail.text ?? '')) {
      const kept = (tail.text ?? '').replace(END_MARK, '');
      if (kept.trim() && kept.trim() !== '.') content[content.length - 1] = { ...tail, text: kept };
      else content.pop();
      body[body.length - 1] = { ...before, content };
    }
  }
  return { recipients, signer: signerCell ? readSigner(signerCell) : null, body };
}
