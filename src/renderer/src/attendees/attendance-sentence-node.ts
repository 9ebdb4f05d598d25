/**
 * The `attendanceSentence` body node (src/shared/attendee/attendance-sentence-node.ts): "the
 * attendance sentence of list X", an atom block the report keeps as a reference. The view that reads
 * the live sentence is added in body-extensions.ts; this file has no view so the schema can be
 * checked under Node.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { ATTENDANCE_SENTENCE_NODE } from '../../../shared/attendee/attendance-sentence-node';

function parseRowIds(value: string | null): string[] | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

export const AttendanceSentence = Node.create({
  name: ATTENDANCE_SENTENCE_NODE,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      listId: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-list-id') ?? '',
        renderHTML: (attrs) => ({ 'data-list-id': String(attrs.listId ?? '') }),
      },
      leadingRowIds: {
        default: null,
        parseHTML: (el) => parseRowIds(el.getAttribute('data-leading-row-ids')),
        renderHTML: (attrs) => (Array.isArray(attrs.leadingRowIds) ? { 'data-leading-row-ids': JSON.stringify(attrs.leadingRowIds) } : {}),
      },
      frozenText: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-frozen-text'),
        renderHTML: (attrs) => (typeof attrs.frozenText === 'string' ? { 'data-frozen-text': attrs.frozenText } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-attendance-sentence]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = typeof node.attrs.frozenText === 'string' ? node.attrs.frozenText : 'Dự hội nghị có: …';
    return ['div', mergeAttributes(HTMLAttributes, { 'data-attendance-sentence': '', class: 'attendance-sentence' }), text];
  },

  renderText({ node }) {
    return typeof node.attrs.frozenText === 'string' ? node.attrs.frozenText : '';
  },
});
