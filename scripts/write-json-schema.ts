// `npm run schema`: regenerates docs/document.schema.json from the zod model.
import fs from 'node:fs';
import { documentJsonSchemaText } from '../src/main/schema/document-json-schema';

fs.writeFileSync('docs/document.schema.json', documentJsonSchemaText());
console.log('docs/document.schema.json written');
