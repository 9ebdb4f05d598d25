/** Inserting a picture: stored by content (image-upload.ts), then placed as a figure. */
import type { Editor } from '@tiptap/core';
import { fitFigure } from '../../../shared/document/figure-size';
import type { FigureAttrs } from './figure-node';
import { uploadImageFile } from './image-upload';

/** The printable text width with default margins is 165 mm ≈ 624 CSS px; larger pictures are scaled down. */
const MAX_FIGURE_WIDTH_PX = 600;

/** Display size: the natural size, scaled down to the text width and the figure height cap (figure-size.ts). */
function fitFigureSize(width: number, height: number): { widthPx: number | null; heightPx: number | null } {
  if (width <= 0 || height <= 0) return { widthPx: null, heightPx: null };
  const size = fitFigure(width, height, MAX_FIGURE_WIDTH_PX);
  return { widthPx: size.width, heightPx: size.height };
}

export async function insertImageFile(editor: Editor, file: File): Promise<void> {
  const image = await uploadImageFile(file);
  placeFigure(editor, { imageId: image.imageId, alt: image.name, ...fitFigureSize(image.width, image.height) });
}

/**
 * A figure is a block: it goes after the paragraph holding the caret (never splitting it), and the
 * caret moves into its caption so the user can type "Quang cảnh Hội nghị. Ảnh: …" at once.
 */
function placeFigure(editor: Editor, attrs: FigureAttrs): void {
  const { $from } = editor.state.selection;
  const at = $from.depth >= 1 ? $from.after(1) : $from.pos;
  editor
    .chain()
    .focus()
    .insertContentAt(at, { type: 'figure', attrs })
    .setTextSelection(at + 1)
    .scrollIntoView()
    .run();
}
