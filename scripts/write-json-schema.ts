// `npm run schema`: regenerates docs/document.schema.json and docs/event.schema.json from the zod models.
import fs from 'node:fs';
import { documentJsonSchemaText } from '../src/main/schema/document-json-schema';
import { eventJsonSchemaText } from '../src/main/schema/event-json-schema';

fs.writeFileSync('docs/document.schema.json', documentJsonSchemaText());
fs.writeFileSync('docs/event.schema.json', eventJsonSchemaText());
console.log('docs/document.schema.json and docs/event.schema.json written');
