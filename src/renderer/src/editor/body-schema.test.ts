import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { BODY_MARK_TYPES, BODY_NODE_TYPES, BodyDoc, type BodyNode } from '../../../shared/document/body';
import { bodySchemaExtensions } from './body-schema';

const schema = getSchema(bodySchemaExtensions());
const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string): BodyNode => ({ type, content: [para(text(value))] });

/** A body using every node and mark type of the model, as a template or an import would. */
const EVERY_TYPE: BodyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Phần I')] },
    { type: 'heading', attrs: { level: 2 }, content: [text('I. KẾT QUẢ')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('1. Thành phần')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('a) Đại biểu')] },
    { type: 'paragraph', attrs: { textAlign: 'justify' }, content: [text('Đậm', [{ type: 'bold' }]), { type: 'hardBreak' }, text('nghiêng gạch', [{ type: 'italic' }, { type: 'underline' }])] },
    para(text('Cổng', [{ type: 'link', attrs: { href: 'https://mattran.org.vn' } }])),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Một'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para(text('Ba'))] }] },
    { type: 'blockquote', content: [para(text('Trích dẫn'))] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'STT'), cell('tableHeader', 'Họ và tên')] },
        { type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', 'Nguyễn Văn An')] },
      ],
    },
    { type: 'figure', attrs: { imageId: 'a'.repeat(64), alt: 'Quang cảnh', widthPx: 600, heightPx: 400 }, content: [text('Quang cảnh Hội nghị')] },
    { type: 'horizontalRule' },
    { type: 'attendanceSentence', attrs: { listId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', leadingRowIds: ['r1', 'r2'], frozenText: null } },
  ],
};

describe('editor schema', () => {
  it('offers only node and mark types the document model accepts', () => {
    const allowedNodes: readonly string[] = BODY_NODE_TYPES;
    expect(Object.keys(schema.nodes).filter((name) => !allowedNodes.includes(name))).toEqual([]);
    expect(Object.keys(schema.marks).sort()).toEqual([...BODY_MARK_TYPES].sort());
  });

  it('reads a body with every model type and gives back JSON that validates for saving', () => {
    const node = PmNode.fromJSON(schema, EVERY_TYPE);
    node.check();
    const json = node.toJSON() as unknown;
    const parsed = BodyDoc.safeParse(json);
    expect(parsed.success, parsed.error?.message).toBe(true);
    const types = new Set<string>();
    node.descendants((child) => {
      types.add(child.type.name);
    });
    expect([...types, 'doc'].sort()).toEqual([...BODY_NODE_TYPES].sort());
  });

  it('keeps a figure with its caption and attributes unchanged', () => {
    const json = PmNode.fromJSON(schema, EVERY_TYPE).toJSON() as { content: unknown[] };
    expect(json.content.find((node) => (node as BodyNode).type === 'figure')).toEqual(EVERY_TYPE.content![10]);
  });

  it('keeps an attendance sentence as a reference with its chosen guests and frozen text', () => {
    const json = PmNode.fromJSON(schema, EVERY_TYPE).toJSON() as { content: unknown[] };
    expect(json.content.find((node) => (node as BodyNode).type === 'attendanceSentence')).toEqual(EVERY_TYPE.content![12]);
    const frozen = { type: 'attendanceSentence', attrs: { listId: 'x', leadingRowIds: null, frozenText: 'Dự hội nghị có: 12 đại biểu.' } };
    expect((PmNode.fromJSON(schema, { type: 'doc', content: [frozen] }).toJSON() as { content: unknown[] }).content[0]).toEqual(frozen);
  });
});
