/** The zod schema of an error as it crosses a door (IPC, the harness, a worker thread). */
import { z } from 'zod';
import { ERROR_CODES, type AppErrorShape as Shape } from './app-error';

export const AppErrorShape: z.ZodType<Shape> = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  where: z.string().optional(),
  detail: z.string().optional(),
});
