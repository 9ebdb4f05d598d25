/**
 * Text runs in the one official typeface. ND30 PL I §I.4: Times New Roman, Unicode, black; the font is
 * set on all four slots (ascii, hAnsi, cs, eastAsia) so no script falls back to the theme font.
 */
import { TextRun, type IRunOptions } from 'docx';

export const FONT_NAME = 'Times New Roman';
export const FONT_SLOTS = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME } as const;
export const TEXT_COLOR = '000000';

export interface RunStyle {
  sizeHalfPt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** One run of single-line text; `extra` adds run options such as a break before it. */
export function styledRun(text: string, style: RunStyle, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({
    // XML 1.0 cannot hold most control characters; a pasted one would make the file unreadable.
    // eslint-disable-next-line no-control-regex
    text: text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, ''),
    font: FONT_SLOTS,
    size: style.sizeHalfPt,
    sizeComplexScript: style.sizeHalfPt,
    color: TEXT_COLOR,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...extra,
  });
}
