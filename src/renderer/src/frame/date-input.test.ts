import { describe, expect, it } from 'vitest';
import { parseClockTime, parseShortDate, showShortDate, typedClockTime } from './date-input';

describe('date fields', () => {
  it('reads dd/mm/yyyy into ISO and refuses impossible days', () => {
    expect(parseShortDate('31/01/2024')).toBe('2024-01-31');
    expect(parseShortDate('5/2/2024')).toBe('2024-02-05');
    expect(parseShortDate('  ')).toBeNull();
    expect(parseShortDate('30/02/2024')).toBeUndefined();
    expect(parseShortDate('2024-01-31')).toBeUndefined();
  });

  it('shows ISO as dd/mm/yyyy', () => {
    expect(showShortDate('2024-01-31')).toBe('31/01/2024');
    expect(showShortDate(null)).toBe('');
  });

  it('reads 24-hour times', () => {
    expect(parseClockTime('16:20')).toBe('16:20');
    expect(parseClockTime('9:05')).toBe('09:05');
    expect(parseClockTime('9h05')).toBe('09:05');
    expect(parseClockTime('24:00')).toBeUndefined();
  });

  it('reads a time typed over or after a pre-filled one', () => {
    expect(typedClockTime('16:20')).toBe('16:20');
    expect(typedClockTime('1620')).toBe('16:20');
    expect(typedClockTime('930')).toBe('09:30');
    expect(typedClockTime('08:0016:20')).toBe('16:20');
    expect(typedClockTime('08:001620')).toBe('16:20');
    expect(typedClockTime('08:00')).toBe('08:00');
    expect(typedClockTime('08:002')).toBeUndefined();
    expect(typedClockTime('2460')).toBeUndefined();
    expect(typedClockTime('16')).toBeUndefined();
    expect(typedClockTime('')).toBeUndefined();
  });
});
