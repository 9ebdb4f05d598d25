/**
 * Text with matched words marked, as data: search returns it, each door renders it (the renderer
 * as <mark> elements, the CLI as [brackets] or escaped HTML). Nothing is ever HTML until a door makes it so.
 */
import { z } from 'zod';

export const MarkedText = z.array(z.object({ text: z.string(), marked: z.boolean() }));
export type MarkedText = z.infer<typeof MarkedText>;
