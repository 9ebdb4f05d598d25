/**
 * The single entry for every door: look up the route, parse the input with its zod schema,
 * run the handler, and turn any failure into an error value with a code and a Vietnamese message.
 */
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { toAppError } from './to-app-error';
import { contract, type RouteName } from '../../shared/ipc/contract';
import type { RouteResult } from '../../shared/ipc/route';
import { handlers, type HandlerContext } from './handlers';

export function isRouteName(name: string): name is RouteName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export async function dispatch(name: string, rawInput: unknown, ctx: HandlerContext): Promise<RouteResult<unknown>> {
  if (!isRouteName(name)) {
    return { ok: false, error: { code: 'not_found', message: `Không có chức năng "${name}"`, where: name } };
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: appErrorFromZod(parsed.error, name).toShape() };
  try {
    const handler = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
    const data = await handler(parsed.data, ctx);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toAppError(error).toShape() };
  }
}
