/** Tone-mark style: every word written in the style the profile did not choose (hoà among hòa). */
import { applyToneStyle, wordsInStyle } from '../../text/tone-style';
import { textBlocks } from '../body-blocks';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

export const toneStyleRule: CheckRule = ({ document, profile }) => {
  const style = profile?.toneStyle ?? 'old';
  const other = style === 'old' ? 'new' : 'old';
  const styleName = style === 'old' ? 'kiểu cũ: hòa, thủy, Ủy' : 'kiểu mới: hoà, thuỷ, Uỷ';
  const findings: Finding[] = [];
  for (const block of textBlocks(document.body)) {
    for (const word of wordsInStyle(block.text, other)) {
      const fix = applyToneStyle(word.word, style);
      findings.push({
        kind: 'tone-style',
        message: `Bỏ dấu không thống nhất: "${word.word}" — văn bản dùng ${styleName}, nên viết "${fix}"`,
        text: word.word,
        from: block.start + word.from,
        to: block.start + word.to,
        fix,
      });
    }
  }
  return findings;
};
