import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, planJsonSchemaText } from './plan-json-schema';

it('the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)', () => {
  expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(planJsonSchemaText());
});

it('the JSON Schema describes the main fields', () => {
  const schema = JSON.parse(planJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['schemaVersion', 'indicators', 'targets', 'scenarios', 'periods', 'facts']),
  );
  expect(schema.required).toContain('schemaVersion');
});
