import { describe, expect, it } from 'vitest';
import { problemLines } from './problem-lines';

describe('the export warnings', () => {
  it('say a repeated problem once with its count, in the order first met', () => {
    const leftover = 'Còn dấu "…" của mẫu trong nội dung («…»): điền nội dung hoặc xóa đi';
    expect(problemLines(['Chưa có số văn bản', leftover, 'Chưa có họ tên người ký', leftover, leftover])).toEqual([
      'Chưa có số văn bản',
      `${leftover} (3 chỗ)`,
      'Chưa có họ tên người ký',
    ]);
  });
  it('leave single problems as they are', () => {
    expect(problemLines(['Chưa có số văn bản', 'Chưa có họ tên người ký'])).toEqual(['Chưa có số văn bản', 'Chưa có họ tên người ký']);
    expect(problemLines([])).toEqual([]);
  });
});
