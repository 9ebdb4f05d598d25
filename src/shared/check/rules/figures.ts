/**
 * Pictures a Word file cannot print: one no longer in the store, or one in a format Word does not embed
 * (WebP). The export prints a bracketed line in its place (src/main/export/docx/images.ts); the check
 * names the picture before the văn thư finds the line on paper.
 */
import { bodyText } from '../../document/body';
import { wordImageType } from '../../document/word-images';
import { leavesOfType } from '../body-blocks';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

const FORMAT_NAMES: Readonly<Record<string, string>> = { 'image/webp': 'WebP' };

export const figuresRule: CheckRule = ({ document, imageMime }) => {
  if (!imageMime) return [];
  const findings: Finding[] = [];
  leavesOfType(document.body, 'figure').forEach(({ node, pos }, index) => {
    const imageId = typeof node.attrs?.['imageId'] === 'string' ? node.attrs['imageId'] : '';
    const mime = imageId ? imageMime(imageId) : undefined;
    const caption = bodyText(node).trim();
    const named = `Ảnh ${index + 1}${caption ? ` («${caption}»)` : ''}`;
    const message =
      mime === undefined
        ? `${named}: không còn trong dữ liệu, bản Word sẽ in dòng [Thiếu ảnh]: chèn lại ảnh`
        : wordImageType(mime) === undefined
          ? `${named} dạng ${FORMAT_NAMES[mime] ?? mime}: Word không in được loại ảnh này, hãy chèn lại ảnh JPEG hoặc PNG`
          : null;
    if (message) findings.push({ kind: 'figure', message, text: caption, from: pos, to: pos + 1 });
  });
  return findings;
};
