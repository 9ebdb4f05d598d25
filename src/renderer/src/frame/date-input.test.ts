import { describe, expect, it } from 'vitest';
import { hourOnlyClockTime, parseClockTime, parseShortDate, shortDateProblem, showShortDate, typedClockTime } from './date-input';

describe('date fields', () => {
  it('reads dd/mm/yyyy into ISO and refuses impossible days', () => {
    expect(parseShortDate('31/01/2024')).toBe('2024-01-31');
    expect(parseShortDate('5/2/2024')).toBe('2024-02-05');
    expect(parseShortDate('  ')).toBeNull();
    expect(parseShortDate('30/02/2024')).toBeUndefined();
    expect(parseShortDate('2024-01-31')).toBeUndefined();
  });

  it('says why a date is refused: its form, a month past 12, or a day the month lacks', () => {
    expect(shortDateProblem('31/01/2024')).toBeNull();
    expect(shortDateProblem('')).toBeNull();
    expect(shortDateProblem('31 tháng 1')).toEqual({ kind: 'format' });
    expect(shortDateProblem('12/13/2024')).toEqual({ kind: 'month', month: '13' });
    expect(shortDateProblem('30/2/2026')).toEqual({ kind: 'day', day: '30', month: '02', year: '2026', days: 28 });
    expect(shortDateProblem('29/02/2024')).toBeNull();
    expect(shortDateProblem('31/04/2024')).toEqual({ kind: 'day', day: '31', month: '04', year: '2024', days: 30 });
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

  it('reads an hour alone ("8h", "14 giờ") as the field is left', () => {
    expect(hourOnlyClockTime('8h')).toBe('08:00');
    expect(hourOnlyClockTime(' 14 giờ ')).toBe('14:00');
    expect(hourOnlyClockTime('9g')).toBe('09:00');
    expect(hourOnlyClockTime('14H')).toBe('14:00');
    expect(hourOnlyClockTime('25h')).toBeUndefined();
    expect(hourOnlyClockTime('8h3')).toBeUndefined();
    // While typing, "8h" is not yet a time: "8h30" must still be reachable.
    expect(typedClockTime('8h')).toBeUndefined();
    expect(typedClockTime('8h30')).toBe('08:30');
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
