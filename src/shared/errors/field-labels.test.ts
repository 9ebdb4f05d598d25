import { describe, expect, it } from 'vitest';
import { labelForPath } from './field-labels';

describe('labelForPath', () => {
  it('names model fields in Vietnamese, also inside a route input', () => {
    expect(labelForPath(['frame', 'summary'])).toBe('Trích yếu (frame.summary)');
    expect(labelForPath(['content', 'frame', 'signer', 'name'])).toBe('Họ tên người ký (content.frame.signer.name)');
    expect(labelForPath(['frame', 'recipients', 2])).toBe('Nơi nhận, dòng 3 (frame.recipients.2)');
    expect(labelForPath(['zzz'])).toBe('zzz');
    expect(labelForPath([])).toBe('Dữ liệu');
  });
});
