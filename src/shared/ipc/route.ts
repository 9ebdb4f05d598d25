/** A route: one action with its zod input and output. Every door speaks this contract. */
import { z } from 'zod';
import type { AppErrorShape as Shape } from '../errors/app-error';
import { AppErrorShape } from '../errors/app-error-shape';

export interface RouteSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for docs and the harness index. */
  summary: string;
}

export function route<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): RouteSpec<I, O> {
  return { input, output, summary };
}

/** What crosses a door: Electron's IPC drops custom error fields, so errors travel as values. */
export const RouteResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorShape }),
]);
export type RouteResult<T> = { ok: true; data: T } | { ok: false; error: Shape };
