/**
 * One thing the check found (the shape agreed between issues 11 and 15): `message` in
 * Vietnamese, `text` the offending text; without `field`, `from`/`to` are ProseMirror positions in the
 * body; with `field` (a frame field key such as "summary", "legalBases", "recipients", or "parties" /
 * "commitments" of a pledge) they are offsets in that field's text (list fields joined by "\n");
 * `fix` is the replacement when it is sure.
 */
import { z } from 'zod';

export const Finding = z.object({
  kind: z.string().max(40),
  message: z.string().max(1000),
  text: z.string().max(2000),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  field: z.string().max(40).optional(),
  fix: z.string().max(2000).optional(),
});
export type Finding = z.infer<typeof Finding>;
