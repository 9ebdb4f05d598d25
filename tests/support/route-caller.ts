/** Route tests: real services on a fresh database per test, and a `call` that goes through dispatch. */
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { HandlerContext } from '../../src/main/ipc/handlers';
import type { RouteResult } from '../../src/shared/ipc/route';
import { makeServices } from './services';

export interface RouteHarness {
  /** The current test's services and context. */
  readonly env: ReturnType<typeof makeServices>;
  readonly ctx: HandlerContext;
  /** The route's data; throws with code and message when the route fails. */
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  /** The raw result envelope, for tests of failures. */
  raw(name: string, input: unknown): Promise<RouteResult<unknown>>;
}

export function useRouteHarness(extra: Partial<HandlerContext> = {}): RouteHarness {
  let env: ReturnType<typeof makeServices> | undefined;
  let ctx: HandlerContext | undefined;
  beforeEach(() => {
    env = makeServices();
    ctx = { services: env.services, door: 'web', version: 'test', ...extra };
  });
  afterEach(() => env?.cleanup());
  const harness: RouteHarness = {
    get env() {
      if (!env) throw new Error('useRouteHarness: used outside a test');
      return env;
    },
    get ctx() {
      if (!ctx) throw new Error('useRouteHarness: used outside a test');
      return ctx;
    },
    raw: (name, input) => dispatch(name, input, harness.ctx),
    async call<T>(name: string, input: unknown): Promise<T> {
      const result = await dispatch(name, input, harness.ctx);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.data as T;
    },
  };
  return harness;
}
