/** Window event App sends on Ctrl+S while the event workspace shows (its own file: the shell loads before the workspace). */
export const EVENT_SAVE_EVENT = 'thuky:event-save';
