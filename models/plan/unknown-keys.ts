/**
 * Keys a plan file has that its schema does not know (a misspelt `tolerence`, which the
 * schema would silently drop), each with the nearest known key as "did you mean".
 * Walks the file beside the zod schema; a key that another variant of a union knows is
 * not unknown (a tolerance on a multiple target is a warning, see plan-warnings.ts).
 * `$schema` is allowed at the top level.
 */
import type { z } from 'zod';

type PathPart = string | number;

export interface UnknownKey {
  path: PathPart[];
  key: string;
  /** The nearest known key, when one is close enough to be a typo. */
  suggestion: string | null;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value may match once optional/default/nullable wrappers are removed. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? unwrap(def.innerType) : [];
    case 'pipe':
      return def.in ? unwrap(def.in) : [];
    case 'union':
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function nearest(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const k of known) {
    const dist = editDistance(lower, k.toLowerCase());
    if (dist < bestDistance) {
      best = k;
      bestDistance = dist;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function unknownKeys(value: unknown, schema: z.ZodType, path: PathPart[] = [], allowTop: readonly string[] = ['$schema']): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(value, unwrap(schema), path, allowTop, out);
  return out;
}

function walk(value: unknown, schemas: z.ZodType[], path: PathPart[], allow: readonly string[], out: UnknownKey[]): void {
  const defs = schemas.map(defOf);
  if (Array.isArray(value)) {
    const elements = defs.flatMap((d) => (d.type === 'array' && d.element ? unwrap(d.element) : []));
    if (elements.length > 0) value.forEach((item, i) => walk(item, elements, [...path, i], [], out));
    return;
  }
  if (!isRecord(value)) return;
  const objects = defs.filter((d) => d.type === 'object' && d.shape !== undefined);
  if (objects.length === 0) {
    const values = defs.flatMap((d) => (d.type === 'record' && d.valueType ? unwrap(d.valueType) : []));
    if (values.length > 0) for (const [k, v] of Object.entries(value)) walk(v, values, [...path, k], [], out);
    return;
  }
  const known = new Set<string>(allow);
  for (const d of objects) for (const k of Object.keys(d.shape ?? {})) known.add(k);
  for (const [k, v] of Object.entries(value)) {
    if (!known.has(k)) {
      out.push({ path: [...path, k], key: k, suggestion: nearest(k, [...known]) });
      continue;
    }
    const inner = objects.flatMap((d) => {
      const s = d.shape?.[k];
      return s === undefined ? [] : unwrap(s);
    });
    walk(v, inner, [...path, k], [], out);
  }
}
