/** Inserting a picture: read the file, store it by content (images.put), then insert a figure. */
import type { Editor } from '@tiptap/core';
import { IMAGE_MIME_TYPES } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import type { FigureAttrs } from './figure-node';
import { rememberImage } from './image-cache';

/** The printable text width with default margins is 165 mm ≈ 624 CSS px; larger pictures are scaled down. */
export const MAX_FIGURE_WIDTH_PX = 600;
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export class ImageInsertError extends Error {
  constructor(readonly reason: 'type' | 'size') {
    super(reason);
  }
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function naturalSize(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve({ width: 0, height: 0 });
    img.src = dataUrl;
  });
}

/** Display size: the natural size, scaled down to the text width. */
export function fitFigureSize(width: number, height: number, maxWidthPx = MAX_FIGURE_WIDTH_PX): { widthPx: number | null; heightPx: number | null } {
  if (width <= 0 || height <= 0) return { widthPx: null, heightPx: null };
  if (width <= maxWidthPx) return { widthPx: width, heightPx: height };
  return { widthPx: maxWidthPx, heightPx: Math.round((height * maxWidthPx) / width) };
}

export async function insertImageFile(editor: Editor, file: File): Promise<void> {
  const mime = file.type as (typeof IMAGE_MIME_TYPES)[number];
  if (!IMAGE_MIME_TYPES.includes(mime)) throw new ImageInsertError('type');
  if (file.size > MAX_IMAGE_BYTES) throw new ImageInsertError('size');
  const dataUrl = await readAsDataUrl(file);
  const dataBase64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const { id } = await api['images.put']({ mime, dataBase64 });
  rememberImage(id, dataUrl);
  const size = await naturalSize(dataUrl);
  const alt = file.name.replace(/\.[^.]+$/, '');
  placeFigure(editor, { imageId: id, alt, ...fitFigureSize(size.width, size.height) });
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
