/**
 * Routes other work adds over time (export.*, import.*, revisions.*, search.query, …). The UI offers
 * an action only when its route is in the contract, so it builds and runs either way.
 */
import { contract, ROUTE_NAMES } from '../../../shared/ipc/contract';
import { api } from '../api/client';

const available = new Set<string>(ROUTE_NAMES);

export function hasRoute(name: string): boolean {
  return available.has(name);
}

/** Calls a route known only by name; the result is untyped because the route may not exist at build time. */
export function callRoute(name: string, input: unknown): Promise<unknown> {
  const loose = api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const call = loose[name];
  if (!call) return Promise.reject(new Error(`Route ${name} is not available`));
  return call(input);
}

/** True when documents.save takes `explicit` (Ctrl+S marks a deliberate save, e.g. for revisions). */
export const saveAcceptsExplicit: boolean = (() => {
  const input = contract['documents.save'].input as unknown as { shape?: Record<string, unknown> };
  return Boolean(input.shape && 'explicit' in input.shape);
})();
