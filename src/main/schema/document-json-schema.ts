/** The JSON Schema of the interchange form, generated from the zod model (docs/document.schema.json). */
import { z } from 'zod';
import { Document } from '../../shared/document/document';

export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Document, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://thuky.invalid/schema/document-1.json',
    title: 'Thư ký document (thuky.document/1)',
    description: 'A document as data: kind, official frame (Decree 30/2020/NĐ-CP), body as ProseMirror JSON. See docs/document-format.md.',
    ...schema,
  };
}

export function documentJsonSchemaText(): string {
  return JSON.stringify(documentJsonSchema(), null, 2) + '\n';
}
