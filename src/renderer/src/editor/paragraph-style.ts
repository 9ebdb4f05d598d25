/** The paragraph-style menu: ND30's report levels (ND30 PL I §V item 6b) mapped onto heading levels. */
import type { Editor } from '@tiptap/core';
import type { Strings } from '../i18n/strings-vi';

export const PARAGRAPH_STYLES = ['paragraph', 'h1', 'h2', 'h3', 'h4'] as const;
export type ParagraphStyle = (typeof PARAGRAPH_STYLES)[number];

export const STYLE_LABEL_KEYS: Record<ParagraphStyle, keyof Strings> = {
  paragraph: 'styleParagraph',
  h1: 'stylePart',
  h2: 'styleSection',
  h3: 'styleClause',
  h4: 'stylePoint',
};

export function currentParagraphStyle(editor: Editor): ParagraphStyle {
  for (const level of [1, 2, 3, 4] as const) if (editor.isActive('heading', { level })) return `h${level}`;
  return 'paragraph';
}

export function applyParagraphStyle(editor: Editor, style: ParagraphStyle): void {
  const chain = editor.chain().focus();
  if (style === 'paragraph') chain.setParagraph().run();
  else chain.setHeading({ level: Number(style.slice(1)) as 1 | 2 | 3 | 4 }).run();
}
