/**
 * Focus for content that arrives after its screen shows (a list still loading, an editor mounting):
 * `find` is asked again as the page changes until it names an element, which then gets the focus.
 * A click or a key meanwhile means the clerk has chosen a place: nothing is moved after that.
 */
const GIVE_UP_MS = 10_000;

export function focusWhenReady(find: () => HTMLElement | null, place: (element: HTMLElement) => void = (element) => element.focus()): () => void {
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('pointerdown', stop, true);
    window.removeEventListener('keydown', stop, true);
  };
  const attempt = () => {
    if (done) return;
    const element = find();
    if (!element) return;
    stop();
    place(element);
  };
  const observer = new MutationObserver(attempt);
  const timer = setTimeout(stop, GIVE_UP_MS);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'contenteditable'] });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
  attempt();
  return stop;
}
