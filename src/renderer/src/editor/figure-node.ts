/**
 * The `figure` body node (src/shared/document/body.ts): an image from the store plus its caption as
 * inline content. Exports turn it into a captioned picture (DOCX) or <figure><figcaption> (portal).
 */
import { mergeAttributes, Node } from '@tiptap/core';

export interface FigureAttrs {
  imageId: string;
  alt: string;
  widthPx: number | null;
  heightPx: number | null;
}

function numberAttr(value: string | null): number | null {
  const parsed = value ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      imageId: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('data-image-id') ?? '', renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
      widthPx: { default: null, parseHTML: (el) => numberAttr(el.querySelector('img')?.getAttribute('width') ?? null), renderHTML: () => ({}) },
      heightPx: { default: null, parseHTML: (el) => numberAttr(el.querySelector('img')?.getAttribute('height') ?? null), renderHTML: () => ({}) },
    };
  },

  addKeyboardShortcuts() {
    return {
      // Enter in a caption starts a new paragraph below the picture, as in Word; a caption is one line.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name) return false;
        const after = $from.after();
        return editor.chain().insertContentAt(after, { type: 'paragraph' }).setTextSelection(after + 1).run();
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure', contentElement: 'figcaption' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const img: Record<string, string> = { 'data-image-id': String(node.attrs.imageId), alt: String(node.attrs.alt ?? '') };
    if (node.attrs.widthPx) img.width = String(node.attrs.widthPx);
    if (node.attrs.heightPx) img.height = String(node.attrs.heightPx);
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'doc-figure' }), ['img', img], ['figcaption', 0]];
  },
});
