/**
 * window.api for the renderer. In Electron the preload provides it (IPC); in the web harness it is
 * built here from the same route table, over fetch to 127.0.0.1 with the per-run token the harness
 * put in the page. Either way a failure arrives as an ApiError with a Vietnamese message.
 */
import type { Api } from '../../../shared/ipc/contract';
import { ROUTE_NAMES, type RouteName } from '../../../shared/ipc/route-names';
import type { RouteResult } from '../../../shared/ipc/route';
import type { AppErrorShape } from '../../../shared/errors/app-error';
import { announceRouteDone } from '../app/thuky-events';

export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  readonly where: string | undefined;
  readonly detail: string | undefined;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.where = shape.where;
    this.detail = shape.detail;
  }
}

/** What the Electron preload exposes: one function per route returning the result envelope. */
export type BridgeApi = { [N in RouteName]: (input: unknown) => Promise<RouteResult<unknown>> };

declare global {
  interface Window {
    /** Set by the Electron preload; the web harness door installs the same shape below. */
    api?: BridgeApi;
  }
}

function unwrap<T>(result: RouteResult<T>): T {
  if (result.ok) return result.data;
  throw new ApiError(result.error);
}

function harnessToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="thuky-token"]')?.content ?? '';
}

async function callHarness(name: RouteName, input: unknown, keepalive = false): Promise<RouteResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-thuky-token': harnessToken() },
      body: JSON.stringify(input ?? {}),
      keepalive,
    });
  } catch (error) {
    return { ok: false, error: { code: 'io', message: 'Mất kết nối tới máy chủ cục bộ của Thư ký', detail: String(error) } };
  }
  return (await response.json()) as RouteResult<unknown>;
}

function harnessBridge(): BridgeApi {
  const bridge: Partial<BridgeApi> = {};
  for (const name of ROUTE_NAMES) bridge[name] = (input: unknown) => callHarness(name, input);
  return bridge as BridgeApi;
}

/** True inside Electron (the preload ran), false in the browser harness. */
export const isElectron = window.api !== undefined;

function buildApi(): Api {
  const bridge = window.api ?? (window.api = harnessBridge());
  const typed: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of ROUTE_NAMES) {
    typed[name] = async (input: unknown) => {
      const data = unwrap(await bridge[name](input));
      announceRouteDone({ route: name, input });
      return data;
    };
  }
  return typed as unknown as Api;
}

export const api: Api = buildApi();

/** Fire-and-forget save while the page unloads (harness only; Electron flushes through main). */
export function saveOnUnload(input: unknown): void {
  if (!isElectron) void callHarness('documents.save', input, true);
}
