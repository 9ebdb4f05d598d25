import { describe, expect, it } from 'vitest';
import { portalDateLine } from './portal-date';

describe('portalDateLine', () => {
  it('uses the 12-hour form seen on the MTTQ portal', () => {
    expect(portalDateLine('2024-01-31T16:20')).toBe('31/01/2024 - 04:20 PM');
    expect(portalDateLine('2019-05-16T08:44')).toBe('16/05/2019 - 08:44 AM');
    expect(portalDateLine('2024-06-01T00:05')).toBe('01/06/2024 - 12:05 AM');
    expect(portalDateLine('2024-06-01T12:00')).toBe('01/06/2024 - 12:00 PM');
    expect(portalDateLine('bad')).toBe('');
  });
});
