/** The check's body positions (shared/check/body-blocks.ts) are the editor's own ProseMirror positions. */
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { BodyDoc, BodyNode } from '../../../shared/document/body';
import { leavesOfType, textBlocks } from '../../../shared/check/body-blocks';
import { bodySchemaExtensions } from './body-schema';

const schema = getSchema(bodySchemaExtensions());
const text = (value: string): BodyNode => ({ type: 'text', text: value });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

const body: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('I. KẾT QUẢ năm 2026')] },
    para(),
    { type: 'paragraph', content: [text('đồng chí … - …'), { type: 'hardBreak' }, text('lập thành … bản')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('1. …'))] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('[…]'))] }] }] },
    { type: 'horizontalRule' },
    { type: 'figure', attrs: { imageId: 'a'.repeat(64), alt: '', widthPx: 10, heightPx: 10 }, content: [text('Ảnh …')] },
    { type: 'attendanceSentence', attrs: { listId: 'x', leadingRowIds: null, frozenText: null } },
    para(text('Hết.')),
  ],
};

describe('check positions', () => {
  const doc = PmNode.fromJSON(schema, body);
  it('maps every block offset to the editor position of that character', () => {
    const blocks = textBlocks(body);
    expect(blocks.map((block) => block.text)).toEqual(['I. KẾT QUẢ năm 2026', '', 'đồng chí … - …\nlập thành … bản', '1. …', '[…]', 'Ảnh …', 'Hết.']);
    for (const block of blocks) {
      expect(doc.textBetween(block.start, block.start + block.text.length, undefined, '\n')).toBe(block.text);
    }
  });
  it('finds leaf blocks at their positions', () => {
    const [sentence] = leavesOfType(body, 'attendanceSentence');
    expect(sentence && doc.nodeAt(sentence.pos)?.type.name).toBe('attendanceSentence');
  });
});
