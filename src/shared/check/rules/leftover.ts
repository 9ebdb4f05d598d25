/**
 * Template leftovers: "…", "..." and bracketed placeholders ("[…]", "[tên đơn vị]") still in the
 * body or the frame. A văn thư sends back any document that still holds one.
 */
import type { BodyDoc } from '../../document/body';
import { textBlocks } from '../body-blocks';
import { frameTexts, type CheckRule } from '../check-input';
import type { Finding } from '../finding';

/** A bracketed placeholder, or an ellipsis (one character or three dots or more). */
const LEFTOVER = /\[[^\]\n]{0,80}\]|…+|\.{3,}/gu;

function leftoversIn(text: string): Array<{ text: string; index: number }> {
  return [...text.matchAll(LEFTOVER)].map((match) => ({ text: match[0], index: match.index }));
}

function message(found: string, context: string): string {
  return found.startsWith('[')
    ? `Còn chỗ trống của mẫu "${found}" ${context}: thay bằng nội dung thật`
    : `Còn dấu "${found}" của mẫu ${context}: điền nội dung hoặc xóa đi`;
}

const FIELD_PLACE: Record<string, string> = { title: 'ở tên văn bản', summary: 'ở trích yếu', legalBases: 'ở căn cứ', recipients: 'ở nơi nhận' };

/**
 * The body's leftovers in document order, at the editor's positions: the check reports them, and a
 * document just made from a template opens with the first one selected (documents/new-document-caret.ts).
 */
export function bodyLeftovers(body: BodyDoc): Array<{ text: string; from: number; to: number; around: string }> {
  return textBlocks(body).flatMap((block) =>
    leftoversIn(block.text).map((found) => {
      // A few words either side, so two leftovers of one paragraph read differently in the panel.
      const before = block.text.slice(Math.max(0, found.index - 24), found.index).replace(/^\S*\s/u, '');
      const after = block.text.slice(found.index + found.text.length, found.index + found.text.length + 24).replace(/\s\S*$/u, '');
      const around = `${before}${found.text}${after}`.replace(/\s+/gu, ' ').trim();
      return { text: found.text, from: block.start + found.index, to: block.start + found.index + found.text.length, around };
    }),
  );
}

export const leftoverRule: CheckRule = ({ document }) => {
  const findings: Finding[] = [];
  for (const { field, text } of frameTexts(document)) {
    for (const found of leftoversIn(text)) {
      findings.push({ kind: 'leftover', field, message: message(found.text, FIELD_PLACE[field] ?? ''), text: found.text, from: found.index, to: found.index + found.text.length });
    }
  }
  for (const found of bodyLeftovers(document.body)) {
    findings.push({ kind: 'leftover', message: message(found.text, `trong nội dung («${found.around}»)`), text: found.text, from: found.from, to: found.to });
  }
  return findings;
};
