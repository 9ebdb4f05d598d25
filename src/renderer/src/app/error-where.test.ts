import { describe, expect, it } from 'vitest';
import { friendlyWhere } from './error-where';

describe('friendlyWhere', () => {
  it('drops the route name and names the field', () => {
    expect(friendlyWhere('documents.save › content.title')).toMatch(/^Tiêu đề/);
    expect(friendlyWhere('documents.save › content.frame.signer.name')).toMatch(/^Họ tên người ký/);
    expect(friendlyWhere('documents.save › content.frame.recipients.2')).toMatch(/^Nơi nhận/);
  });

  it('keeps a location that is not a model path', () => {
    expect(friendlyWhere('Dòng 14')).toBe('Dòng 14');
    expect(friendlyWhere('import › bao-cao.json')).toBe('bao-cao.json');
    expect(friendlyWhere(undefined)).toBeUndefined();
  });
});
