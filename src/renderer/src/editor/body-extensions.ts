/** The editor's extensions: the body schema plus the React view that shows a figure's stored image. */
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { bodySchemaExtensions } from './body-schema';
import { SpellCheck } from './spell-check';
import { WordUndoGroups } from './word-undo-groups';
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

export function bodyExtensions(options: { onError?: (error: unknown) => void } = {}): Extensions {
  return [...bodySchemaExtensions(FigureWithView, AttendanceSentenceWithView), SpellCheck.configure({ onError: options.onError ?? (() => undefined), dictionary: userDictionary }), WordUndoGroups];
}
