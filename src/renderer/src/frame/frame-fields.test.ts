import { describe, expect, it } from 'vitest';
import { fieldForPath, frameFieldId } from './frame-fields';

describe('fieldForPath', () => {
  it('maps model paths from checks and errors to form fields', () => {
    expect(fieldForPath('frame.signer.name')).toBe('signerName');
    expect(fieldForPath('frame.recipients.3')).toBe('recipients');
    expect(fieldForPath('portal.publishedAt')).toBe('publishedAt');
    expect(fieldForPath('body.content.2')).toBeNull();
    expect(frameFieldId('summary')).toBe('frame-summary');
  });
});
