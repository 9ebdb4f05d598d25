import { describe, expect, it } from 'vitest';
import { escapeHtmlAttribute, escapeHtmlText, escapeXmlText } from './escape';

describe('escapers', () => {
  it('escapes HTML text and leaves Vietnamese letters alone', () => {
    expect(escapeHtmlText('<b>Thanh Xuân</b> & "ô"')).toBe('&lt;b&gt;Thanh Xuân&lt;/b&gt; &amp; "ô"');
  });
  it('escapes double quotes in attributes', () => {
    expect(escapeHtmlAttribute('a"b<c&')).toBe('a&quot;b&lt;c&amp;');
  });
  it('writes XML text as NFC without the control characters XML 1.0 forbids', () => {
    expect(escapeXmlText('A\u0001 & <b>\u000B Xua\u0302n')).toBe('A &amp; &lt;b&gt; Xuân');
  });
});
