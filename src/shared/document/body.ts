/**
 * The body as ProseMirror JSON (what Tiptap's getJSON() returns), restricted to the node and mark
 * types every export understands. This list is the first allowlist of the app: anything else is
 * refused on the way in, so exports never meet an unknown construct.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { repairBody } from './body-repair';

export const BODY_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  /** An image with its caption as inline content; attrs: imageId (sha-256), alt, widthPx, heightPx. */
  'figure',
  'horizontalRule',
  /**
   * "The attendance sentence of list X" (atom block): attrs listId, leadingRowIds (string[] | null =
   * the default choice), frozenText (string | null). Exports resolve it to a paragraph from the live
   * list, or the frozen text (src/shared/attendee/attendance-sentence-node.ts).
   */
  'attendanceSentence',
] as const;
export type BodyNodeType = (typeof BODY_NODE_TYPES)[number];

export const BODY_MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const;

const attrValue = z.union([nfcString().max(10_000), z.number(), z.boolean(), z.null(), z.array(z.number()), z.array(nfcString().max(200)).max(1000)]);
const attrs = z.record(z.string().max(40), attrValue);

export const BodyMark = z.object({
  type: z.enum(BODY_MARK_TYPES, { message: 'Định dạng chữ không được hỗ trợ' }),
  attrs: attrs.optional(),
});
export type BodyMark = z.infer<typeof BodyMark>;

export interface BodyNode {
  type: BodyNodeType;
  attrs?: Record<string, string | number | boolean | null | number[] | string[]> | undefined;
  content?: BodyNode[] | undefined;
  marks?: BodyMark[] | undefined;
  text?: string | undefined;
}

export const BodyNode: z.ZodType<BodyNode> = z.object({
  type: z.enum(BODY_NODE_TYPES, { message: 'Thành phần nội dung không được hỗ trợ' }),
  attrs: attrs.optional(),
  get content() {
    return z.array(BodyNode).optional();
  },
  marks: z.array(BodyMark).optional(),
  text: nfcString().optional(),
});

const BodyDocShape = z.object({
  type: z.literal('doc', { message: 'Nội dung phải bắt đầu bằng nút "doc"' }),
  content: z.array(BodyNode),
});
export type BodyDoc = z.infer<typeof BodyDocShape>;
/** A body as stored: repaired on the way in (empty text nodes, empty cells), see body-repair.ts. */
export const BodyDoc = BodyDocShape.transform((doc): BodyDoc => repairBody(doc));

/** A paragraph node holding plain text (used by importers and templates). */
export function paragraph(text: string, attrs?: BodyNode['attrs']): BodyNode {
  const node: BodyNode = { type: 'paragraph' };
  if (attrs) node.attrs = attrs;
  if (text) node.content = [{ type: 'text', text }];
  return node;
}

/** Plain text of a node tree, blocks separated by newlines (search, previews, checks). */
export function bodyText(node: BodyNode | BodyDoc): string {
  if ('text' in node && typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const isBlockContainer = children.some((child) => child.type !== 'text' && child.type !== 'hardBreak');
  return children.map((child) => bodyText(child)).join(isBlockContainer ? '\n' : '');
}
