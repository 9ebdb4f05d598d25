/**
 * A part of the app fetched the first time it is needed (its own chunk), so opening the app parses only
 * the shell and the document list. Callers `preload()` before showing it: React shows a boundary's
 * content at the earliest 300 ms after its fallback appeared, so a part that never suspends opens sooner.
 */
import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
import { useLocale } from '../i18n/locale';
import './on-demand.css';

export interface OnDemand<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Fetches the part (once); resolves when it can render without waiting. */
  preload(): Promise<void>;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchPart = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a later attempt fetches again
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchPart().then((component) => ({ default: component })));
  function Part(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(Suspense, { fallback: createElement(Opening) }, createElement(Shown, props));
  }
  return Object.assign(Part, { preload: () => fetchPart().then(() => undefined) });
}

/** The placeholder while a part is fetched: text only, and only if the wait is long enough to notice. */
function Opening() {
  const { t } = useLocale();
  return (
    <p className="on-demand-opening" role="status">
      {t.loading}
    </p>
  );
}
