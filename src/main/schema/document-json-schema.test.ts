import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentJsonSchemaText } from './document-json-schema';

describe('document JSON Schema', () => {
  it('is the committed docs/document.schema.json (run "npm run schema" after changing the model)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../docs/document.schema.json'), 'utf8');
    expect(committed).toBe(documentJsonSchemaText());
  });

  it('describes the frame, the body and the allowed node types', () => {
    const schema = JSON.parse(documentJsonSchemaText()) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'frame', 'body', 'portal']));
    expect(Object.keys(schema.properties.frame?.properties ?? {})).toEqual(
      expect.arrayContaining(['parentBody', 'issuingBody', 'number', 'symbol', 'place', 'date', 'documentType', 'summary', 'legalBases', 'recipients', 'signer']),
    );
    expect(documentJsonSchemaText()).toContain('"tableHeader"');
  });
});
