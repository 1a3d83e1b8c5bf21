/**
 * Fuzzing plan files: seeded mutations of a real plan (values replaced or deleted, keys
 * renamed to prototype names, hostile formulas and names), each run through the whole
 * chain validate → project → targets → Monte Carlo → export. The outcome of one mutant
 * is a clean refusal (every issue names a field, quotes little), a clean result (no
 * NaN or Infinity in any output; a non-finite projected value only where the base is
 * missing or with a warning), or an internal error (anything thrown, or a check that
 * failed). Used by the CI test (2,000 mutants) and scripts/fuzz-plans.ts (20,000).
 */
import fc from 'fast-check';
import { toCsv } from '../export/csv';
import { assumptionsTable, projectionTable, targetsTable, tableRows, type Table } from '../export/export-tables';
import { monteCarloTable, monteCarloTargetsTable } from '../export/monte-carlo-table';
import { runMonteCarlo } from '../uncertainty/monte-carlo';
import { DEFLATOR } from '../uncertainty/monte-carlo-types';
import { nonFiniteWarnings } from '../engine/non-finite';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { parsePlanText } from '../plan/validate-plan';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export type Edit =
  | { kind: 'replace'; path: number; value: Json | undefined }
  | { kind: 'number'; path: number; value: number }
  | { kind: 'rename-key'; path: number; key: string }
  | { kind: 'formula'; index: number; formula: string }
  | { kind: 'name'; path: number; text: string };

export type Outcome =
  | { kind: 'refused'; issues: number }
  | { kind: 'accepted' }
  | { kind: 'internal'; error: string };

/** Names that must never reach an object's prototype. */
const PROTO_NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

const HOSTILE_FORMULAS = [
  'gdp/0',
  '10^400',
  'log(0)',
  'sqrt(0-1)',
  'log(gdp, 10)',
  'valueOf(gdp)',
  'hasOwnProperty()',
  'toString(gdp)+1',
  '__proto__()',
  'constructor()',
  'gdp.constructor',
  'gdp["constructor"]',
  'pow(gdp)',
  'max()',
  'exp(gdp)',
  'gdp^gdp',
  'gdp / (gdp - gdp)',
  '1e308 * 10',
  'import("fs")',
  'evaluate("1")',
  'gdp * 10000 / population',
];

const HOSTILE_TEXT = [
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '-1+2',
  '@SUM(A1)',
  '\t=1',
  '<a href="http://evil.example">x</a>',
  '<script>alert(1)</script>',
  ']]><svg onload=alert(1)>',
  '"quoted", with comma\r\nnew line',
  '年均增长NaN%或Infinity',
  'x'.repeat(1_900),
  'x'.repeat(10_000),
];

const REPLACEMENTS: Json[] = [
  0, -1, -1.5, 1, 2, 100, 101, 1e15, 1e16, 1e308, -1e308, 5e-324, 2019, 2020, 2035, 2036, 1949, 2100,
  null, '', 'gdp', 'x', 'constructor', '__proto__', 'toString', 'p'.repeat(100_000), true, [], {}, [[[[[]]]]],
];

/** Every path to a node of the tree, root excluded. */
export function allPaths(node: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(node)) node.forEach((child, i) => allPaths(child, [...prefix, i], out));
  else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) allPaths(v, [...prefix, k], out);
  return out;
}

export interface Fuzzer {
  readonly edits: fc.Arbitrary<Edit[]>;
  mutate(edits: readonly Edit[]): string;
}

/** A fuzzer over one plan (parsed JSON). */
export function planFuzzer(original: Json): Fuzzer {
  const paths = allPaths(original);
  const at = (tree: Json, path: Path): Json | undefined => {
    let node: Json | undefined = tree;
    for (const part of path) {
      if (node === null || node === undefined || typeof node !== 'object') return undefined;
      node = Object.hasOwn(node, part) ? (node as Record<string, Json>)[part as string] : undefined;
    }
    return node;
  };
  const objectPaths = paths.filter((p) => {
    const v = at(original, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  /** Free text a user sees: names, labels, sentences, descriptions (not ids, units or enums). */
  const stringPaths = paths.filter(
    (p) => typeof at(original, p) === 'string' && ['zh', 'en', 'sentence', 'section', 'document', 'issuer', 'source'].includes(String(p[p.length - 1])),
  );
  /** Numbers that are not years: values, growth rates, thresholds, factors. */
  const numberPaths = paths.filter((p) => {
    const v = at(original, p);
    return typeof v === 'number' && !(Number.isInteger(v) && v >= 1949 && v <= 2100);
  });
  const indicators = Array.isArray((original as { indicators?: unknown }).indicators) ? (original as { indicators: Json[] }).indicators : [];
  const derived = indicators.flatMap((ind, i) => (ind !== null && typeof ind === 'object' && !Array.isArray(ind) && ind.kind === 'derived' ? [i] : []));
  const NUMBERS = [0, -1, -0.5, 1e-300, 1e6, 1e15, -1e15, 5e-324, 0.1 + 0.2, 1 / 3];

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('number' as const), path: fc.nat(), value: fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 1e6 })) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), value: fc.oneof(fc.constantFrom<Json | undefined>(...REPLACEMENTS, undefined), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename-key' as const), path: fc.nat(), key: fc.constantFrom(...PROTO_NAMES, 'x', 'gdp') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('formula' as const), index: fc.nat(), formula: fc.constantFrom(...HOSTILE_FORMULAS) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('name' as const), path: fc.nat(), text: fc.constantFrom(...HOSTILE_TEXT) }) },
  );

  function apply(tree: Json, e: Edit): void {
    if (e.kind === 'formula') {
      // Half the time an existing derived indicator's formula, else a level turned derived.
      const inds = (tree as { indicators?: Json }).indicators;
      if (!Array.isArray(inds)) return;
      const index = e.index % 2 === 0 && derived.length > 0 ? (derived[(e.index >> 1) % derived.length] as number) : e.index % Math.max(1, inds.length);
      const ind = inds[index];
      if (ind !== null && ind !== undefined && typeof ind === 'object' && !Array.isArray(ind)) {
        ind.kind = 'derived';
        ind.formula = e.formula;
        delete ind.base;
      }
      return;
    }
    const pool = e.kind === 'rename-key' ? objectPaths : e.kind === 'name' ? stringPaths : e.kind === 'number' ? numberPaths : paths;
    const path = pool[e.path % Math.max(1, pool.length)];
    if (path === undefined) return;
    if (e.kind === 'rename-key') {
      const node = at(tree, path);
      if (node === null || node === undefined || typeof node !== 'object' || Array.isArray(node)) return;
      const keys = Object.keys(node);
      const old = keys[e.path % Math.max(1, keys.length)];
      if (old === undefined) return;
      const value = node[old] as Json;
      delete node[old];
      // defineProperty: an own "__proto__" key, as JSON.parse makes it.
      Object.defineProperty(node, e.key, { value, enumerable: true, configurable: true, writable: true });
      return;
    }
    const parent = at(tree, path.slice(0, -1));
    if (parent === null || parent === undefined || typeof parent !== 'object') return;
    const key = path[path.length - 1] as string | number;
    const value: Json | undefined = e.kind === 'name' ? e.text : e.value;
    if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, Json>)[key];
    } else Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  }

  return {
    edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
    mutate(edits) {
      const copy = structuredClone(original);
      for (const e of edits) apply(copy, e);
      return JSON.stringify(copy);
    },
  };
}

const MAX_MESSAGE = 600;

/** The first number cell of the tables that is NaN or ±Infinity (an export must never write one). */
function badCell(tables: readonly Table[]): string | null {
  for (const table of tables) {
    for (const row of table.rows) for (const cell of row) if (typeof cell === 'number' && !Number.isFinite(cell)) return `${cell} in "${table.name}"`;
  }
  return null;
}

/** One mutant through the whole chain. Never throws: an exception is an 'internal' outcome. */
export function runPipeline(text: string, lang: 'zh' | 'en' = 'en', mcRuns = 16): Outcome {
  try {
    const result = parsePlanText(text, lang);
    if (!result.ok) {
      if (result.issues.length === 0) return { kind: 'internal', error: 'refused without an issue' };
      for (const issue of result.issues) {
        if (issue.path === '' || issue.message === '') return { kind: 'internal', error: `issue without a field or reason: ${JSON.stringify(issue)}` };
        if (issue.message.length > MAX_MESSAGE || issue.path.length > MAX_MESSAGE) {
          return { kind: 'internal', error: `unbounded message at ${issue.path.slice(0, 100)}: ${issue.message.length} characters` };
        }
      }
      return { kind: 'refused', issues: result.issues.length };
    }
    const plan = result.plan;
    for (const sc of plan.scenarios) {
      const p = project(plan, sc);
      const warned = new Set(nonFiniteWarnings(p).map((w) => w.indicator));
      const priceOk = p.priceIndex.every(Number.isFinite);
      for (const id of p.order) {
        const s = p.series[id];
        if (s === undefined) return { kind: 'internal', error: `no series for ${id}` };
        for (let i = 0; i < s.nominal.length; i++) {
          if (Number.isFinite(s.nominal[i] as number) && Number.isFinite(s.real[i] as number)) continue;
          if (s.origin[i] === 'missing' || warned.has(id) || !priceOk) continue;
          return { kind: 'internal', error: `${id} ${p.years[i]}: ${s.nominal[i]} shown as ${s.origin[i]} without a warning` };
        }
      }
      const targets = evaluateTargets(plan, sc, p);
      for (const t of targets) {
        if (t.met !== null && !(Number.isFinite(t.projected ?? Number.NaN) && Number.isFinite(t.target ?? Number.NaN))) {
          return { kind: 'internal', error: `target ${t.id}: a verdict on ${t.projected} vs ${t.target}` };
        }
        for (const v of [t.gap, t.requiredGrowth, t.projected, t.target]) {
          if (v !== null && !Number.isFinite(v) && t.met !== null) return { kind: 'internal', error: `target ${t.id}: ${v}` };
        }
      }
      const tables = [assumptionsTable(plan, [sc], lang), projectionTable(plan, sc, p, 'nominal', lang), targetsTable(plan, [{ scenario: sc, results: targets }], lang)];
      const bad = badCell(tables);
      if (bad !== null) return { kind: 'internal', error: `${bad} in an export table of ${sc.id}` };
      toCsv(tables.flatMap(tableRows));
    }
    const sc = plan.scenarios[0];
    const level = plan.indicators.find((i) => i.kind === 'level');
    if (sc !== undefined) {
      const mc = runMonteCarlo(
        plan,
        sc,
        { shocks: [...(level ? [{ indicator: level.id, sd: 0.02 }] : []), { indicator: DEFLATOR, sd: 0.01 }] },
        { runs: mcRuns, seed: 12 },
      );
      for (const t of mc.targets) {
        if (t.probability !== null && !(t.probability >= 0 && t.probability <= 1)) return { kind: 'internal', error: `P(${t.id}) = ${t.probability}` };
      }
      const tables = [monteCarloTable(plan, mc, 'real', lang), monteCarloTargetsTable(plan, mc, lang)];
      const bad = badCell(tables);
      if (bad !== null) return { kind: 'internal', error: `${bad} in a Monte Carlo export table` };
      toCsv(tables.flatMap(tableRows));
    }
    return { kind: 'accepted' };
  } catch (error) {
    return { kind: 'internal', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
