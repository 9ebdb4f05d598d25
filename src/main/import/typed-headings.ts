/**
 * Word users mark the report structure by typing the number and making the line bold
 * ("I. KẾT QUẢ …", "1. Thành phần tham dự"), not with heading styles. Such a paragraph becomes
 * the model heading it stands for (docs/nd30-rules.md §6: Mục "I." level 2, Khoản "1." level 3), with
 * the number kept in the text as the model expects. Only whole-bold, short, top-level paragraphs.
 */
import type { BodyNode } from '../../shared/document/body';

const MAX_HEADING_CHARS = 200;
const MUC = /^[IVXLC]{1,6}\.\s+\S/u;
const KHOAN = /^\d{1,2}\.\s+\S/u;

function headingLevel(node: BodyNode): number | null {
  if (node.type !== 'paragraph') return null;
  const parts = (node.content ?? []).filter((part) => part.type === 'text' && (part.text ?? '').trim());
  if (!parts.length || (node.content ?? []).some((part) => part.type === 'hardBreak')) return null;
  if (!parts.every((part) => part.marks?.some((mark) => mark.type === 'bold'))) return null;
  const text = parts.map((part) => part.text ?? '').join('').trim();
  if (text.length > MAX_HEADING_CHARS) return null;
  if (MUC.test(text)) return 2;
  if (KHOAN.test(text)) return 3;
  return null;
}

/** Bold is the heading's own look, so the mark goes with the conversion. */
export function promoteTypedHeadings(blocks: BodyNode[]): BodyNode[] {
  return blocks.map((node) => {
    const level = headingLevel(node);
    if (!level) return node;
    const content = (node.content ?? []).map((part) => {
      const marks = part.marks?.filter((mark) => mark.type !== 'bold');
      const copy: BodyNode = { ...part };
      if (marks?.length) copy.marks = marks;
      else delete copy.marks;
      return copy;
    });
    const attrs: BodyNode['attrs'] = { level };
    if (typeof node.attrs?.textAlign === 'string') attrs.textAlign = node.attrs.textAlign;
    return { type: 'heading', attrs, content };
  });
}
