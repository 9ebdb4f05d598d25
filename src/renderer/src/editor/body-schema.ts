/**
 * The editor's schema. Only node and mark types in BODY_NODE_TYPES / BODY_MARK_TYPES are enabled,
 * so every save validates against the document model (code, codeBlock and strike are switched off).
 * No views here, so the schema can be checked under Node.
 */
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import { AttendanceSentence } from '../attendees/attendance-sentence-node';
import { Figure } from './figure-node';

export function bodySchemaExtensions(figure = Figure, attendanceSentence = AttendanceSentence): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      // Heading levels map to ND30's Phần / Mục / Khoản / Điểm (ND30 PL I §V item 6b).
      heading: { levels: [1, 2, 3, 4] },
      // External links open only through main's allowlist; a click in the editor must not navigate.
      link: { openOnClick: false, autolink: false, protocols: ['https', 'mailto'], defaultProtocol: 'https' },
    }),
    TableKit.configure({ table: { resizable: false, allowTableNodeSelection: true } }),
    TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
    figure,
    attendanceSentence,
  ];
}
