import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, planJsonSchemaText } from './plan-json-schema';

writeFileSync(JSON_SCHEMA_PATH, planJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
