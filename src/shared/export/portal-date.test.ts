import { describe, expect, it } from 'vitest';
import { formatPortalDateTime } from './portal-html-options';

describe('the portal date line, one wording for the sheet, the HTML and the Word file (docs/nd30-rules.md §14)', () => {
  it.each([
    ['2024-01-31T16:20', '31/01/2024 - 04:20 PM'],
    ['2019-05-16T08:44', '16/05/2019 - 08:44 AM'],
    ['2024-06-01T00:05', '01/06/2024 - 12:05 AM'],
    ['2024-06-01T12:00', '01/06/2024 - 12:00 PM'],
  ])('%s → %s', (stored, shown) => {
    expect(formatPortalDateTime(stored)).toBe(shown);
  });
});
