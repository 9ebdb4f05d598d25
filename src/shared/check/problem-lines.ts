/**
 * The export's warnings, one line per kind of problem: the check reports every leftover "…" on its
 * own, and the same sentence three times reads as noise, so identical messages become one with
 * their count ("… (3 chỗ)"), in the order they first appear.
 */
export function problemLines(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => (count > 1 ? `${message} (${count} chỗ)` : message));
}
