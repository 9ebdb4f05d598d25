/** Vietnamese ordering for every list a user sees. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return viCollator.compare(a, b);
}
