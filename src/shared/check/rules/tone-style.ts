/** Tone-mark style: every word written in the style the profile did not choose (hoà among hòa). */
import { applyToneStyle, wordsInStyle } from '../../text/tone-style';
import type { CheckRule } from '../check-input';
import { findInTexts } from './text-rule';

export const toneStyleRule: CheckRule = (input) => {
  const style = input.profile?.toneStyle ?? 'old';
  const other = style === 'old' ? 'new' : 'old';
  const styleName = style === 'old' ? 'kiểu cũ: hòa, thủy, Ủy' : 'kiểu mới: hoà, thuỷ, Uỷ';
  return findInTexts(input, (text) =>
    wordsInStyle(text, other).map((word) => {
      const fix = applyToneStyle(word.word, style);
      return {
        kind: 'tone-style',
        message: `Bỏ dấu không thống nhất: "${word.word}" — văn bản dùng ${styleName}, nên viết "${fix}"`,
        text: word.word,
        index: word.from,
        fix,
      };
    }),
  );
};
