/**
 * What the first window loads: the modules renderer/main.tsx reaches through static
 * imports (type-only and dynamic imports left out). The plan validator and zod are
 * imported on use (a file read, a restored workspace, a template, a warning's fix), so
 * they stay out of the initial JavaScript (DESIGN.md budget); this keeps it so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Specifiers of the value imports and re-exports of a source text (not `import type`, not `import()`). */
function staticImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[1] === undefined && m[2] !== undefined) out.push(m[2]);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  for (const ext of EXTENSIONS) {
    const path = join(dirname(from), spec + ext);
    if (existsSync(path) && /\.(ts|tsx)$/.test(path)) return path;
  }
  return null;
}

/** Local modules reached from `entry`, each with the packages it imports. */
function firstWindowModules(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const specs = staticImports(readFileSync(file, 'utf8'));
    seen.set(file, specs.filter((s) => !s.startsWith('.')));
    for (const spec of specs) {
      const next = resolveLocal(file, spec);
      if (next !== null && !seen.has(next)) queue.push(next);
    }
  }
  return seen;
}

describe('the first window’s imports', () => {
  it('reads value imports, not type-only ones', () => {
    expect(staticImports("import { a } from './a';\nimport type { B } from './b';\nexport { c } from './c';\nconst d = import('./d');")).toEqual(['./a', './c']);
  });

  it('do not reach zod or the plan validator', () => {
    const modules = firstWindowModules(join(ROOT, 'renderer/main.tsx'));
    expect(modules.size).toBeGreaterThan(50);
    const withZod = [...modules].filter(([, packages]) => packages.some((p) => p === 'zod' || p.startsWith('zod/'))).map(([f]) => f.slice(ROOT.length + 1));
    expect(withZod).toEqual([]);
    expect([...modules.keys()].map((f) => f.slice(ROOT.length + 1))).not.toContain('models/plan/validate-plan.ts');
  });
});
