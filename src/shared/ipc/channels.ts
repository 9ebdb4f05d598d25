/**
 * Every Electron channel name in one place: main, the preload and their tests use these. Plain
 * strings only, so the preload bundle stays free of zod and the contract.
 */

/** A route's channel is this prefix + the route name; main ignores any other channel (VS Code's validatedIpcMain). */
export const IPC_CHANNEL_PREFIX = 'thuky:';

/** Events main sends to the renderer, and the renderer's answer to a flush request. */
export const EVENT_CHANNELS = {
  /** A menu action ('new', 'save', …). */
  menu: 'thuky-event:menu',
  /** Main asks the renderer to save pending edits before the window closes. */
  flush: 'thuky-event:flush',
  /** The renderer's answer: pending edits are saved. */
  flushed: 'thuky-event:flushed',
} as const;
