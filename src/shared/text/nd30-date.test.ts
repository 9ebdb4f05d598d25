import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, formatNd30Date, formatNumberAndSymbol, formatPlaceAndDate, isValidIsoDate } from './nd30-date';

describe('ND30 date wording', () => {
  it('pads days below 10 and months 1-2 only', () => {
    expect(formatNd30Date('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatNd30Date('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatNd30Date('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatNd30Date('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
    expect(formatNd30Date('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
  });
  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
    expect(isValidIsoDate('31/01/2024')).toBe(false);
  });
  it('builds the place and date line', () => {
    expect(formatPlaceAndDate('Thanh Xuân', '2024-01-31')).toBe('Thanh Xuân, ngày 31 tháng 01 năm 2024');
  });
  it('pads the document number below 10', () => {
    expect(formatDocumentNumber('5')).toBe('05');
    expect(formatDocumentNumber('12')).toBe('12');
    expect(formatNumberAndSymbol('5', 'BC-MTTQ-BTT')).toBe('Số: 05/BC-MTTQ-BTT');
    expect(formatNumberAndSymbol('', 'BC-MTTQ-BTT')).toBe('Số:     /BC-MTTQ-BTT');
  });
});
