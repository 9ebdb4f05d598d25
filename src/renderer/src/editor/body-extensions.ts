/** The editor's extensions: the body schema plus the React view that shows a figure's stored image. */
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { bodySchemaExtensions } from './body-schema';
import { SpellCheck, type SpellMenuStrings } from './spell-check';
import { WordUndoGroups } from './word-undo-groups';
import { CaretBlock } from './caret-block';
import { LongBody } from './long-body';
import { userDictionary } from './user-dictionary';
import { Figure } from './figure-node';
import { FigureView } from './FigureView';
import { AttendanceSentence } from '../attendees/attendance-sentence-node';
import { AttendanceSentenceView } from '../attendees/AttendanceSentenceView';

const FigureWithView = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

// The report's attendance sentence, read live from its list (attendees/AttendanceSentenceView.tsx).
const AttendanceSentenceWithView = AttendanceSentence.extend({ addNodeView: () => ReactNodeViewRenderer(AttendanceSentenceView) });

/** `strings`: the UI language's words for the spell check's menu (Vietnamese when not given). */
export function bodyExtensions(options: { onError?: (error: unknown) => void; strings?: () => SpellMenuStrings } = {}): Extensions {
  const spellCheck = SpellCheck.configure({ onError: options.onError ?? (() => undefined), dictionary: userDictionary, ...(options.strings ? { strings: options.strings } : {}) });
  return [...bodySchemaExtensions(FigureWithView, AttendanceSentenceWithView), spellCheck, WordUndoGroups, CaretBlock, LongBody];
}
