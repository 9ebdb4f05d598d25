/**
 * How large a figure's picture prints (docs/nd30-rules.md §14): centred, at most the text width and
 * FIGURE_MAX_HEIGHT_MM tall, its aspect kept, never enlarged. The cap keeps a portrait photo from
 * filling a page on its own (an 800 × 1000 photo at the text width is ~20 cm tall: its page held the
 * picture alone and left the one before it mostly empty). The Word file and the A4 sheet on screen
 * both read it, so the screen shows the size that prints.
 */
export const FIGURE_MAX_HEIGHT_MM = 120;

const PX_PER_MM = 96 / 25.4;

/** FIGURE_MAX_HEIGHT_MM in CSS px (96 dpi), the unit Word's picture sizes are given in by the docx library. */
export const FIGURE_MAX_HEIGHT_PX = Math.floor(FIGURE_MAX_HEIGHT_MM * PX_PER_MM);

/** Size in px after fitting into `maxWidthPx` × `maxHeightPx`; aspect kept, never scaled up. */
export function fitFigure(widthPx: number, heightPx: number, maxWidthPx: number, maxHeightPx = FIGURE_MAX_HEIGHT_PX): { width: number; height: number } {
  const scale = Math.min(1, maxWidthPx / widthPx, maxHeightPx / heightPx);
  return { width: Math.round(widthPx * scale), height: Math.round(heightPx * scale) };
}
