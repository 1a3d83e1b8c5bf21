/**
 * No code outside scenarios/, tests and the default-plan loader names an indicator id of
 * the Xuzhou plan: every view, export and CLI table follows the plan file it is given
 * (models/charts/chart-plan.ts), so another city's plan gets the same treatment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CODE_DIRS = ['renderer', 'main', 'models'];
/** Files allowed to name them: the loader of the embedded default plan. */
const ALLOWED = new Set(['renderer/default-plan.ts']);

const plan = JSON.parse(readFileSync(join(ROOT, 'scenarios/xuzhou-14th-fyp.json'), 'utf8')) as { indicators: { id: string }[] };
const IDS = plan.indicators.map((i) => i.id);

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'testing' || e.name === 'test' || e.name === 'node_modules' ? [] : codeFiles(path);
    if (!/\.(ts|tsx|mts|mjs|js)$/.test(e.name) || /\.test\.tsx?$|\.d\.ts$/.test(e.name) || e.name === 'test-helpers.ts') return [];
    return ALLOWED.has(path) ? [] : [path];
  });
}

/** Each string literal ('gdp', "gdp", `gdp`) of the whole id, with its file and line. */
function namedIds(files: readonly string[], ids: readonly string[], read: (file: string) => string): string[] {
  const pattern = new RegExp(`(['"\`])(${ids.join('|')})\\1`, 'g');
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(pattern)].map((m) => `${file}:${i + 1}: ${m[0]}`)),
  );
}

describe('indicator ids of the Xuzhou plan in code', () => {
  it('finds the ids it looks for (the check itself works)', () => {
    expect(IDS).toEqual(expect.arrayContaining(['gdp', 'gdp_per_capita', 'income_all', 'income_urban', 'income_rural', 'retail_sales', 'urbanization']));
    const sample = { 'a.ts': "const x = ['gdp', \"urbanization\"];\nconst y = `income_all`; const z = 'gdp_2';" };
    expect(namedIds(['a.ts'], IDS, (f) => sample[f as keyof typeof sample])).toEqual(['a.ts:1: \'gdp\'', 'a.ts:1: "urbanization"', 'a.ts:2: `income_all`']);
  });

  it('are named by no file of renderer/, main/ or models/ but tests and the default-plan loader', () => {
    const files = CODE_DIRS.flatMap(codeFiles);
    expect(files.length).toBeGreaterThan(50);
    const found = namedIds(files, IDS, (f) => readFileSync(join(ROOT, f), 'utf8'));
    expect(found, `Xuzhou ids in code (take them from the plan file: models/charts/chart-plan.ts):\n${found.join('\n')}`).toEqual([]);
  });
});
