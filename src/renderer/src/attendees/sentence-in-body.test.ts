import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../shared/document/body';
import { attendanceSentenceNode } from '../../../shared/attendee/attendance-sentence-node';
import { bodySchemaExtensions } from '../editor/body-schema';
import { bodyQuotesList } from './sentence-in-body';

const schema = getSchema(bodySchemaExtensions());
const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const sentence = (listId: string) => attendanceSentenceNode({ listId, leadingRowIds: null, frozenText: null });
const doc = (...content: BodyNode[]) => PmNode.fromJSON(schema, { type: 'doc', content });

describe('bodyQuotesList', () => {
  it('finds the sentence of that list, not of another', () => {
    const body = doc(para('Thực hiện …'), sentence('list-a'), para('I. KẾT QUẢ'));
    expect(bodyQuotesList(body, 'list-a')).toBe(true);
    expect(bodyQuotesList(body, 'list-b')).toBe(false);
    expect(bodyQuotesList(doc(para('Dự hội nghị có: …')), 'list-a')).toBe(false);
  });

  it('finds a sentence put in a table cell', () => {
    const cell: BodyNode = { type: 'tableCell', content: [sentence('list-a')] };
    expect(bodyQuotesList(doc({ type: 'table', content: [{ type: 'tableRow', content: [cell] }] }), 'list-a')).toBe(true);
  });

  it('a frozen sentence still counts', () => {
    expect(bodyQuotesList(doc(attendanceSentenceNode({ listId: 'list-a', leadingRowIds: null, frozenText: 'Dự hội nghị có: 12 đại biểu.' })), 'list-a')).toBe(true);
  });
});
