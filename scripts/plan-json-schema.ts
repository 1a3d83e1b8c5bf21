/** The plan file's JSON Schema, generated from the zod schema (the one definition). */
import { z } from 'zod';
import { planFile } from '../models/plan/plan-schema';

export const JSON_SCHEMA_PATH = 'scenarios/plan.schema.json';

export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(planFile, { io: 'input', unrepresentable: 'any' });
  const withMeta = {
    $id: 'https://planpath.invalid/plan.schema.json',
    title: 'PlanPath plan file',
    description:
      'A development plan: indicators with base values and sources, targets with the plan’s sentences, and scenarios of assumptions. Growth rates are fractions (0.065 = 6.5%); shares are percent; share assumptions are percentage points a year.',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
