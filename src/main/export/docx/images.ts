/**
 * Figures: the image centred, scaled down to the text width and the figure height cap with its aspect
 * kept (shared/document/figure-size.ts), and the caption beneath it (docs/nd30-rules.md §14 practice:
 * the caption is its own line directly under the image).
 * The image and caption are kept on one page. Images are read through the resolver only.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { BodyNode } from '../../../shared/document/body';
import type { DocxContext } from './context';
import { fitFigure } from '../../../shared/document/figure-size';
import { wordImageType } from '../../../shared/document/word-images';
import { imagePixelSize } from '../../images/image-header';
import { inlineRuns } from './inline';
import { styledRun } from './run-style';

/** docx measures transformation sizes in px at 96 dpi: 15 twips each. */
const TWIPS_PER_PX = 15;

function attrNumber(node: BodyNode, name: string): number | undefined {
  const value = node.attrs?.[name];
  return typeof value === 'number' && value > 0 ? value : undefined;
}

export function figureParagraphs(node: BodyNode, ctx: DocxContext, textWidthTwips: number): Paragraph[] {
  const imageId = typeof node.attrs?.['imageId'] === 'string' ? node.attrs['imageId'] : '';
  const alt = typeof node.attrs?.['alt'] === 'string' ? node.attrs['alt'] : '';
  const image = imageId ? ctx.resolveImage(imageId) : undefined;
  const type = image ? wordImageType(image.mime) : undefined;
  const caption = inlineRuns(node.content, { sizeHalfPt: ctx.sizes.caption, italic: true });
  // The image holds on to its caption so both land on the same page.
  const centred = { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: caption.length > 0 } as const;
  const natural = image ? imagePixelSize(image.bytes) : null;
  const widthPx = natural?.width ?? attrNumber(node, 'widthPx');
  const heightPx = natural?.height ?? attrNumber(node, 'heightPx');
  const paragraphs: Paragraph[] = [];
  const imageSpacing = { before: 0, after: caption.length ? 60 : ctx.spacing.afterTwips, line: 240, lineRule: LineRuleType.AUTO };
  if (image && type && widthPx && heightPx) {
    const size = fitFigure(widthPx, heightPx, Math.floor(textWidthTwips / TWIPS_PER_PX));
    const id = ++ctx.counters.image;
    paragraphs.push(
      new Paragraph({
        ...centred,
        spacing: imageSpacing,
        children: [new ImageRun({ type, data: image.bytes, transformation: size, altText: { id: String(id), name: `Ảnh ${id}`, description: alt, title: alt } })],
      }),
    );
  } else {
    // Missing or unsupported (e.g. WebP, which Word cannot embed): say so in the document itself.
    const reason = !image ? 'Thiếu ảnh' : !type ? `Ảnh định dạng ${image.mime} không đưa được vào Word` : 'Không đọc được kích thước ảnh';
    // The alt text names the picture only when no caption under it does already.
    const named = alt && !caption.length ? `: ${alt}` : '';
    paragraphs.push(new Paragraph({ ...centred, spacing: imageSpacing, children: [styledRun(`[${reason}${named}]`, { sizeHalfPt: ctx.sizes.caption, italic: true })] }));
  }
  if (caption.length) {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: 0, after: ctx.spacing.afterTwips, line: 240, lineRule: LineRuleType.AUTO },
        children: caption,
      }),
    );
  }
  return paragraphs;
}
