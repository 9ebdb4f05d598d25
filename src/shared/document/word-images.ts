/**
 * The picture formats a Word file embeds (the docx library's image types). A WebP, which Word cannot
 * embed, prints as a bracketed line in its place (src/main/export/docx/images.ts), and the check says
 * so before the export (src/shared/check/rules/figures.ts).
 */
const WORD_IMAGE_TYPES: Readonly<Record<string, 'png' | 'jpg' | 'gif' | 'bmp'>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

/** The docx image type of a stored picture's MIME type; undefined when Word cannot embed it. */
export function wordImageType(mime: string): 'png' | 'jpg' | 'gif' | 'bmp' | undefined {
  return WORD_IMAGE_TYPES[mime];
}
