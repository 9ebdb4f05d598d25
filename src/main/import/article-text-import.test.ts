import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/document/body';
import { cutPortalNavigation, parseArticleText } from './article-text-import';

describe('parseArticleText', () => {
  const article = ['Tiêu đề tin', '', '14/07/2021 - 04:01 PM', 'Đoạn một.', 'Chú thích ảnh', 'Đoạn hai.', 'Quốc Định', '', 'Các tin tức khác', 'Tin cũ 1', 'Tin cũ 2'].join('\r\n');

  it('takes the date-time line and the byline into portal fields and drops the navigation', () => {
    const result = parseArticleText(article, 'tin.txt');
    expect(result.title).toBe('Tiêu đề tin');
    expect(result.portal).toEqual({ author: 'Quốc Định', publishedAt: '2021-07-14T16:01' });
    expect(bodyText(result.body)).toBe('Đoạn một.\nChú thích ảnh\nĐoạn hai.');
    expect(result.droppedLines).toBe(3);
  });

  it('imports ordinary text unchanged: no date line, no byline taken', () => {
    const result = parseArticleText('Tiêu đề\nĐoạn một.\nNguyễn Văn A', 'a.txt');
    expect(result.portal).toEqual({ author: '', publishedAt: null });
    expect(bodyText(result.body)).toBe('Đoạn một.\nNguyễn Văn A');
  });

  it('keeps a last line that reads like a sentence rather than a byline', () => {
    const result = parseArticleText('Tiêu đề\n31/01/2024 - 04:20 PM\nĐoạn một.\nĐoạn cuối kết thúc bằng dấu chấm.', 'a.txt');
    expect(result.portal.author).toBe('');
    expect(bodyText(result.body)).toBe('Đoạn một.\nĐoạn cuối kết thúc bằng dấu chấm.');
  });
});

describe('cutPortalNavigation', () => {
  it('cuts only at a marker line that follows a blank line', () => {
    expect(cutPortalNavigation('a\nTin liên quan\nb').droppedLines).toBe(0);
    expect(cutPortalNavigation('a\n\nTin liên quan\nb\nc')).toEqual({ text: 'a\n', droppedLines: 3 });
    expect(cutPortalNavigation('a\n\nTin khác là một đoạn văn\nb').droppedLines).toBe(0);
  });
});
