/**
 * A document's kind as stored and exchanged: any kind the registry knows (src/shared/document/kinds.ts).
 * Validation happens here, at every door, instead of a CHECK list in the database.
 */
import { z } from 'zod';
import { documentKinds, isKnownKind } from './kinds';

export const DocumentKind = z
  .string()
  .superRefine((value, ctx) => {
    if (!isKnownKind(value)) {
      ctx.addIssue({ code: 'custom', message: `Loại văn bản phải là một trong: ${documentKinds().map((kind) => kind.id).join(', ')}` });
    }
  })
  // The JSON Schema (docs/document.schema.json) lists the kinds the registry has built in.
  .meta({ enum: documentKinds().map((kind) => kind.id) });
export type DocumentKind = z.infer<typeof DocumentKind>;
