/** The editor's extensions: the body schema plus the React view that shows a figure's stored image. */
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { bodySchemaExtensions } from './body-schema';
import { Figure } from './figure-node';
import { FigureView } from './FigureView';

const FigureWithView = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

export function bodyExtensions(): Extensions {
  return bodySchemaExtensions(FigureWithView);
}
