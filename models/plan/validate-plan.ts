/**
 * Plan files are untrusted input. This is the one gate: text → JSON → migrations →
 * schema → the checks a schema cannot express (ids, references, years, ranges,
 * formulas, cycles). Every problem names the field and the reason, in the user's
 * language; nothing here throws for bad input.
 */
import { typeMismatchMessage } from './type-words';
import { z } from 'zod';
import { dependencyOrder } from '../engine/dependency-order';
import { compileFormula, FormulaError, type CompiledFormula } from '../engine/formula';
import { depthExceededAt, MAX_JSON_DEPTH } from './json-depth';
import { migratePlan } from './migrations';
import { MAX_FILE_BYTES, MIN_YEAR, PATTERN_KEYS, planFile, SCHEMA_VERSION, type Indicator, type Plan, type PlanInput, type Segment } from './plan-schema';
import { isReportedStatus } from '../engine/reported-path';
import { checkUnits } from '../numbers/unit-checks';
import { unknownKeys } from './unknown-keys';
import { planWarnings, type PlanWarning } from './plan-warnings';
import { formatMessage, formatPath, type Lang } from './validation-messages';

export interface PlanIssue {
  /** e.g. indicators[3].base.value */
  path: string;
  code: string;
  message: string;
}

/** `warnings`: likely mistakes that do not block a save (models/plan/plan-warnings.ts), read from the file as written. */
export type PlanResult =
  | { ok: true; plan: Plan; migratedFrom?: number; migrationNotes?: PlanIssue[]; warnings?: PlanWarning[] }
  | { ok: false; issues: PlanIssue[] };

type PathPart = string | number;

/** Names that mean something else beside indicator ids (the deflator path in outputs). */
const RESERVED_IDS: ReadonlySet<string> = new Set(['deflator', 'years', 'price_index']);

/** The messages of schema problems in the user's language (exported for the plan editor, which checks drafts it built itself). */
export function errorMapFor(lang: Lang): z.core.$ZodErrorMap {
  const locale = (lang === 'zh' ? z.locales.zhCN() : z.locales.en()).localeError;
  return (issue) => {
    if (issue.code === 'custom') {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      if (typeof params.key === 'string') return formatMessage(lang, params.key, params);
    }
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const strict = issue.inclusive === false;
      return formatMessage(lang, `${issue.code === 'too_small' ? 'number-too-small' : 'number-too-big'}${strict ? '-strict' : ''}`, {
        bound: String(bound),
      });
    }
    // "实际接收 undefined" says nothing: the expected type and what the file has, in words.
    if (issue.code === 'invalid_type') return typeMismatchMessage(String(issue.expected), issue.input, lang);
    if (issue.code === 'invalid_format' && issue.format === 'regex') {
      const key = PATTERN_KEYS.get(String((issue as { pattern?: unknown }).pattern));
      if (key) return formatMessage(lang, key);
    }
    return locale(issue);
  };
}

/** Byte length of a string as UTF-8, without Node's Buffer (models/ runs in browsers too). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parsePlanText(text: string, lang: Lang = 'zh'): PlanResult {
  const size = utf8Length(text);
  if (size > MAX_FILE_BYTES) {
    return fail('', 'file-too-large', lang, { size, limit: MAX_FILE_BYTES });
  }
  // A byte-order mark (Windows editors write one) is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tooDeep = depthExceededAt(json, MAX_JSON_DEPTH);
  if (tooDeep >= 0) return fail('', 'json-too-deep', lang, { limit: MAX_JSON_DEPTH, offset: tooDeep });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail('', 'json-syntax', lang, { detail: error instanceof Error ? error.message : String(error) });
  }
  return validatePlan(raw, lang);
}

export function validatePlan(raw: unknown, lang: Lang = 'zh'): PlanResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('', 'not-object', lang);
  const migrated = migratePlan(raw as Record<string, unknown>);
  if (!migrated.ok) {
    return fail('schemaVersion', migrated.code, lang, { found: String(migrated.found), current: SCHEMA_VERSION });
  }
  const parsed = planFile.safeParse(migrated.plan, { error: errorMapFor(lang) });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: issue.code,
        message: issue.message,
      })),
    };
  }
  // Keys the schema does not know would be dropped silently: refused, with the nearest known key.
  const unknown = unknownKeys(migrated.plan, planFile);
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.map((u) => ({
        path: formatPath(u.path),
        code: 'unknown-key',
        message: formatMessage(lang, u.suggestion === null ? 'unknown-key' : 'unknown-key-suggest', { key: u.key, suggestion: u.suggestion ?? '' }),
      })),
    };
  }
  const issues = checkSemantics(parsed.data, lang);
  if (issues.length > 0) return { ok: false, issues };
  const warnings = planWarnings(migrated.plan as PlanInput, lang);
  if (migrated.fromVersion === SCHEMA_VERSION) return { ok: true, plan: parsed.data, warnings };
  const migrationNotes = migrated.notes.map((n) => ({
    path: formatPath(n.path),
    code: n.code,
    message: formatMessage(lang, n.suggestion === null ? 'unknown-key-dropped' : 'unknown-key-dropped-suggest', {
      key: n.key,
      suggestion: n.suggestion ?? '',
      from: n.fromVersion,
    }),
  }));
  return { ok: true, plan: parsed.data, migratedFrom: migrated.fromVersion, migrationNotes, warnings };
}

function fail(path: string, code: string, lang: Lang, params: Record<string, string | number> = {}): PlanResult {
  return { ok: false, issues: [{ path: path || '(file)', code, message: formatMessage(lang, code, params) }] };
}

/** Checks on a schema-valid plan. Exported for the renderer, which edits plans in memory. */
export function checkSemantics(plan: Plan, lang: Lang = 'zh'): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (path: PathPart[], code: string, params: Record<string, string | number> = {}) =>
    issues.push({ path: formatPath(path), code, message: formatMessage(lang, code, params) });

  const { baseYear, horizon } = plan;
  if (horizon <= baseYear) add(['horizon'], 'horizon-before-base', { horizon, base: baseYear });

  const uniqueIds = (list: readonly { id: string }[], key: string) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, i);
      else add([key, i, 'id'], 'duplicate', { id: item.id, first: formatPath([key, seen]) });
    });
  };
  uniqueIds(plan.periods, 'periods');
  uniqueIds(plan.indicators, 'indicators');
  uniqueIds(plan.targets, 'targets');
  uniqueIds(plan.scenarios, 'scenarios');
  uniqueIds(plan.facts, 'facts');

  const indicators = new Map(plan.indicators.map((ind) => [ind.id, ind]));
  const periods = new Map(plan.periods.map((p) => [p.id, p]));
  const inRange = (path: PathPart[], y: number, min: number, max: number) => {
    if (y < min || y > max) add(path, 'year-out-of-range', { year: y, min, max });
  };
  const ordered = (path: PathPart[], from: number, to: number) => {
    if (from > to) add(path, 'year-order', { from, to });
  };

  plan.periods.forEach((p, i) => {
    ordered(['periods', i, 'start'], p.start, p.end);
    inRange(['periods', i, 'end'], p.end, MIN_YEAR, horizon);
  });

  // Indicators: bases, actuals, ranges, formulas.
  const formulas = new Map<string, CompiledFormula>();
  const known = new Set(indicators.keys());
  plan.indicators.forEach((ind, i) => {
    const at = (...rest: PathPart[]) => ['indicators', i, ...rest];
    if (RESERVED_IDS.has(ind.id)) add(at('id'), 'reserved-id', { id: ind.id });
    if (ind.kind === 'derived') {
      if (ind.formula === undefined) add(at('formula'), 'formula-required');
      else {
        try {
          formulas.set(ind.id, compileFormula(ind.formula, known, ind.id));
        } catch (error) {
          if (error instanceof FormulaError) add(at('formula'), `formula-${error.code}`, { ...error.params, detail: error.detail });
          else throw error;
        }
      }
    } else {
      if (ind.formula !== undefined) add(at('formula'), 'formula-not-allowed');
      if (ind.base === undefined) add(at('base'), 'base-required');
    }
    if (ind.base) {
      if (ind.base.year !== baseYear) add(at('base', 'year'), 'base-year-mismatch', { expected: baseYear, found: ind.base.year });
      if (ind.base.value === null && ind.base.status !== 'missing') add(at('base', 'status'), 'base-missing-status');
      if (ind.base.value !== null) checkValue(at('base', 'value'), ind.kind, ind.base.value);
    }
    ind.actuals?.forEach((a, k) => {
      inRange(at('actuals', k, 'year'), a.year, MIN_YEAR, horizon);
      checkValue(at('actuals', k, 'value'), ind.kind, a.value);
    });
  });

  function checkValue(path: PathPart[], kind: string, value: number) {
    if (kind === 'share' && (value < 0 || value > 100)) add(path, 'share-range', { value });
    else if ((kind === 'level' || kind === 'flow') && value < 0) add(path, 'negative', { value });
  }

  const derivedOrder = dependencyOrder(
    plan.indicators.filter((ind) => ind.kind === 'derived').map((ind) => ind.id),
    (id) => formulas.get(id)?.inputs ?? [],
  );
  if (!derivedOrder.ok) {
    const i = plan.indicators.findIndex((ind) => ind.id === derivedOrder.cycle[0]);
    add(['indicators', i, 'formula'], 'cycle', { cycle: derivedOrder.cycle.join(' → ') });
  } else {
    // A formula must give a finite number for the base year wherever its inputs are
    // known there (gdp/0, 10^400, log(0), sqrt(0-1) are refused here, not shown as blanks).
    const baseValues = new Map<string, number>();
    for (const ind of plan.indicators) if (ind.kind !== 'derived') baseValues.set(ind.id, ind.base?.value ?? Number.NaN);
    for (const id of derivedOrder.order) {
      const formula = formulas.get(id);
      if (formula === undefined) continue;
      const args = formula.inputs.map((input) => baseValues.get(input) ?? Number.NaN);
      const value = args.every(Number.isFinite) ? formula.evaluate(args) : Number.NaN;
      if (args.every(Number.isFinite) && !Number.isFinite(value)) {
        const i = plan.indicators.findIndex((ind) => ind.id === id);
        add(['indicators', i, 'formula'], 'formula-not-finite', { year: baseYear, value: String(value) });
      }
      baseValues.set(id, value);
    }
  }

  // Targets.
  const first = baseYear + 1;
  const reportedIn = (ind: Indicator, y: number) => (ind.actuals ?? []).some((a) => a.year === y && isReportedStatus(a.status));
  /** A reported figure of `y` for the indicator (or, for money, the reported real growth since), or (derived) for every input of its formula. */
  const hasFigureIn = (ind: Indicator, y: number, depth = 0): boolean => {
    if (reportedIn(ind, y)) return true;
    // Money: the reported real growth of every year after y, up to the base year, chains back to it.
    if (ind.kind !== 'share' && ind.basis === 'nominal') {
      let chained = true;
      for (let k = y + 1; k <= baseYear && chained; k++) {
        chained = (ind.actuals ?? []).some((a) => a.year === k && a.realGrowth !== undefined && isReportedStatus(a.status));
      }
      if (chained) return true;
    }
    if (ind.kind !== 'derived' || depth > 20) return false;
    const inputs = formulas.get(ind.id)?.inputs ?? [];
    return inputs.length > 0 && inputs.every((id) => {
      const input = indicators.get(id);
      return input !== undefined && hasFigureIn(input, y, depth + 1);
    });
  };
  plan.targets.forEach((t, i) => {
    const at = (...rest: PathPart[]) => ['targets', i, ...rest];
    const ind = indicators.get(t.indicator);
    if (ind === undefined) {
      add(at('indicator'), 'unknown-indicator', { id: t.indicator });
      return;
    }
    switch (t.type) {
      case 'threshold':
        inRange(at('year'), t.year, baseYear, horizon);
        if (ind.kind === 'share') checkValue(at('value'), 'share', t.value);
        break;
      case 'multiple':
        inRange(at('year'), t.year, first, horizon);
        if (t.ofYear < baseYear) {
          // A reference year before the base year: judged on its reported figure (models/targets/reference-value.ts).
          inRange(at('ofYear'), t.ofYear, MIN_YEAR, horizon);
          if (!hasFigureIn(ind, t.ofYear)) add(at('ofYear'), 'of-year-needs-figure', { year: t.ofYear, base: baseYear });
        } else inRange(at('ofYear'), t.ofYear, baseYear, horizon);
        ordered(at('ofYear'), t.ofYear, t.year - 1);
        if (ind.kind === 'flow' || ind.kind === 'share') add(at('type'), 'target-kind', { type: t.type, kind: ind.kind });
        break;
      case 'cumulative':
        inRange(at('from'), t.from, first, horizon);
        inRange(at('to'), t.to, first, horizon);
        ordered(at('from'), t.from, t.to);
        if (ind.kind !== 'flow') add(at('type'), 'target-kind', { type: t.type, kind: ind.kind });
        break;
      case 'average-growth':
        inRange(at('from'), t.from, baseYear, horizon);
        inRange(at('to'), t.to, first, horizon);
        ordered(at('from'), t.from, t.to - 1);
        if (ind.kind === 'flow' || ind.kind === 'share') add(at('type'), 'target-kind', { type: t.type, kind: ind.kind });
        break;
      case 'in-step': {
        // 基本同步: the growth of two level indicators over the same window.
        inRange(at('from'), t.from, baseYear, horizon);
        inRange(at('to'), t.to, first, horizon);
        ordered(at('from'), t.from, t.to - 1);
        if (ind.kind === 'flow' || ind.kind === 'share') add(at('type'), 'target-kind', { type: t.type, kind: ind.kind });
        const ref = indicators.get(t.reference);
        if (ref === undefined) add(at('reference'), 'in-step-unknown-reference', { id: t.reference });
        else if (t.reference === t.indicator) add(at('reference'), 'in-step-same-indicator', { id: t.reference });
        else if (ref.kind === 'flow' || ref.kind === 'share') add(at('reference'), 'in-step-reference-kind', { id: t.reference, kind: ref.kind });
        break;
      }
    }
  });

  plan.facts.forEach((f, i) => {
    if (f.indicator !== undefined && !indicators.has(f.indicator)) {
      add(['facts', i, 'indicator'], 'unknown-indicator', { id: f.indicator });
    }
  });

  // Charts: unique ids, known indicators.
  uniqueIds(plan.charts ?? [], 'charts');
  (plan.charts ?? []).forEach((c, i) => {
    c.indicators.forEach((id, k) => {
      if (!indicators.has(id)) add(['charts', i, 'indicators', k], 'unknown-indicator', { id });
    });
  });

  // Units: known, not redefined, convertible where a target is written in another.
  for (const u of checkUnits(plan)) add(u.path, u.code, u.params);

  // Scenarios.
  plan.scenarios.forEach((sc, s) => {
    const checkSegment = (path: PathPart[], seg: Segment, valueKind: 'growth' | 'points' | 'amount') => {
      if (seg.period !== undefined) {
        if (!periods.has(seg.period)) add([...path, 'period'], 'unknown-period', { id: seg.period });
      } else if (seg.from !== undefined) {
        inRange([...path, 'from'], seg.from, first, horizon);
        if (seg.to !== undefined) {
          inRange([...path, 'to'], seg.to, first, horizon);
          ordered([...path, 'from'], seg.from, seg.to);
        }
      }
      if (seg.value !== undefined) {
        if (valueKind === 'growth' && seg.value < -1) add([...path, 'value'], 'growth-below-minus-100', { value: seg.value });
        if (valueKind === 'points' && Math.abs(seg.value) > 100) add([...path, 'value'], 'points-range', { value: seg.value });
        if (valueKind === 'amount' && seg.value < 0) add([...path, 'value'], 'negative', { value: seg.value });
      }
      if (seg.link !== undefined) {
        const target = indicators.get(seg.link.indicator);
        if (target === undefined) add([...path, 'link', 'indicator'], 'unknown-indicator', { id: seg.link.indicator });
        else if (target.kind !== 'level' || valueKind !== 'growth') {
          add([...path, 'link', 'indicator'], 'link-kind', { id: seg.link.indicator });
        }
      }
    };
    sc.deflator.forEach((seg, k) => checkSegment(['scenarios', s, 'deflator', k], seg, 'growth'));
    const assumptionEntries = new Map(Object.entries(sc.assumptions));
    for (const [id, segments] of assumptionEntries) {
      const ind = indicators.get(id);
      const path: PathPart[] = ['scenarios', s, 'assumptions', id];
      if (ind === undefined) {
        add(path, 'unknown-indicator', { id });
        continue;
      }
      if (ind.kind === 'derived') {
        add(path, 'assumption-kind');
        continue;
      }
      const valueKind = ind.kind === 'level' ? 'growth' : ind.kind === 'share' ? 'points' : 'amount';
      segments.forEach((seg, k) => checkSegment([...path, k], seg, valueKind));
    }
    const linkOrder = dependencyOrder([...assumptionEntries.keys()], (id) =>
      (assumptionEntries.get(id) ?? []).flatMap((seg) => (seg.link ? [seg.link.indicator] : [])),
    );
    if (!linkOrder.ok) {
      add(['scenarios', s, 'assumptions', linkOrder.cycle[0] ?? ''], 'cycle', { cycle: linkOrder.cycle.join(' → ') });
    }
  });

  return issues;
}
