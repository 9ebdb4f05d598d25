/**
 * Arrow keys among the template cards of "Chọn mẫu", as in a file picker: ← → the previous or next
 * card, ↑ ↓ the card above or below in the grid (its column set by the window's width, so read from
 * where the cards are), Home / End the first and the last. Tab still walks the dialog's controls.
 */
const CARD = '.template-card';
const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

function centre(rect: DOMRect): number {
  return rect.left + rect.width / 2;
}

/** The card above (-1) or below (1): the nearest row that way, then the nearest in it across. */
function vertical(cards: HTMLElement[], from: HTMLElement, direction: 1 | -1): HTMLElement | undefined {
  const here = from.getBoundingClientRect();
  const rows = cards.map((card) => ({ card, rect: card.getBoundingClientRect() })).filter(({ rect }) => (direction === 1 ? rect.top >= here.bottom - 1 : rect.bottom <= here.top + 1));
  if (rows.length === 0) return undefined;
  const rowTop = direction === 1 ? Math.min(...rows.map(({ rect }) => rect.top)) : Math.max(...rows.map(({ rect }) => rect.top));
  const row = rows.filter(({ rect }) => Math.abs(rect.top - rowTop) < 1);
  row.sort((a, b) => Math.abs(centre(a.rect) - centre(here)) - Math.abs(centre(b.rect) - centre(here)));
  return row[0]?.card;
}

/** Moves the focus for an arrow, Home or End pressed on a card; other keys are left alone. */
export function moveAmongCards(event: KeyboardEvent, container: HTMLElement): void {
  const from = (event.target as Element).closest<HTMLElement>(CARD);
  if (!from || !KEYS.has(event.key)) return;
  const cards = [...container.querySelectorAll<HTMLElement>(CARD)];
  const at = cards.indexOf(from);
  const next =
    event.key === 'ArrowRight' ? cards[at + 1]
    : event.key === 'ArrowLeft' ? cards[at - 1]
    : event.key === 'ArrowDown' ? vertical(cards, from, 1)
    : event.key === 'ArrowUp' ? vertical(cards, from, -1)
    : event.key === 'Home' ? cards[0]
    : event.key === 'End' ? cards.at(-1)
    : undefined;
  // At an edge the key does nothing (no scrolling of the dialog instead).
  event.preventDefault();
  next?.focus();
}
