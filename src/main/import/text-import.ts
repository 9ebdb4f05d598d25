/**
 * Plain-text import: the first non-empty line is the title; paragraphs are separated by blank
 * lines. A single line break also starts a new paragraph, since text copied from a portal or typed
 * in Notepad has one paragraph per line and no blank lines between them.
 */
import { paragraph, type BodyDoc } from '../../shared/document/body';
import { AppError } from '../../shared/errors/app-error';
import { toNfc } from '../../shared/text/nfc';

export interface TextImport {
  title: string;
  body: BodyDoc;
}

export function parsePlainText(raw: string, fileLabel: string): TextImport {
  if (raw.includes('\u0000')) throw new AppError('invalid_input', 'Tệp không phải văn bản thuần (có ký tự nhị phân)', { where: fileLabel });
  const text = toNfc(raw.replace(/^\uFEFF/, '')).replace(/\r\n?/g, '\n');
  const lines = text.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  const titleIndex = lines.findIndex((line) => line.length > 0);
  if (titleIndex < 0) throw new AppError('invalid_input', 'Tệp trống: dòng đầu tiên phải là tiêu đề', { where: `${fileLabel}:1` });
  const title = lines[titleIndex] ?? '';
  if (title.length > 300) throw new AppError('invalid_input', `Tiêu đề dài ${title.length} ký tự (tối đa 300)`, { where: `${fileLabel}:${titleIndex + 1}` });
  const paragraphs = lines.slice(titleIndex + 1).filter((line) => line.length > 0);
  return {
    title,
    body: { type: 'doc', content: paragraphs.length ? paragraphs.map((line) => paragraph(line)) : [paragraph('')] },
  };
}
