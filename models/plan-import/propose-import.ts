/**
 * A mapped table → a proposed change to the current plan: new indicators, base values
 * (with status and source), figures of later years, and targets; an existing indicator
 * matched by name is updated, and a target of the same indicator, type and year is
 * replaced, so importing the same sheet twice changes nothing the second time. The
 * result passes validatePlan: whatever it refuses is listed with the checker's own
 * message and left out, and the rest is checked again.
 */
import type { ChartSpec, CustomUnit, Indicator, Plan, Target } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import type { ImportCell, ImportMapping, ImportOptions, ImportProblem, ImportProposal, ImportRowChange } from './import-types';
import { readRows, type DraftTarget, type RowDraft } from './read-rows';

const MAX_CHARTS = 50;
const MAX_ROUNDS = 12;

const yearOf = (t: Target) => (t.type === 'threshold' || t.type === 'multiple' ? t.year : t.to);
const sameTargetKey = (t: Target) => `${t.indicator}|${t.type}|${yearOf(t)}`;

function targetIdBase(t: Target): string {
  const suffix = t.type === 'average-growth' ? '-growth' : t.type === 'multiple' ? '-multiple' : t.type === 'cumulative' ? '-sum' : '';
  return `imp-${t.indicator.replace(/_/g, '-')}-${yearOf(t)}${suffix}`.slice(0, 72);
}

interface Built {
  plan: Record<string, unknown>;
  /** Where each item of the built plan came from. */
  indicatorDraft: (index: number) => RowDraft | undefined;
  targetOrigin: (index: number) => { draft: RowDraft; target: DraftTarget } | undefined;
  unitDraft: (index: number) => RowDraft | undefined;
  chartDraft: (index: number) => RowDraft | undefined;
  replaced: Map<DraftTarget, string>;
}

function build(plan: Plan, drafts: readonly RowDraft[], dropped: ReadonlySet<DraftTarget>): Built {
  const byId = new Map(drafts.filter((d) => !d.isNew).map((d) => [d.indicator.id, d]));
  const kept = (d: RowDraft) => d.targets.filter((t) => !dropped.has(t));

  const indicators: Indicator[] = plan.indicators.map((ind) => {
    const d = byId.get(ind.id);
    if (d === undefined) return ind;
    let next: Indicator = d.baseSet && d.indicator.base ? { ...ind, base: d.indicator.base } : ind;
    if (d.actuals.length > 0) {
      const years = new Map((ind.actuals ?? []).map((a) => [a.year, a]));
      for (const a of d.actuals) years.set(a.year, years.get(a.year)?.seriesBreak ? { ...a, seriesBreak: true } : a);
      next = { ...next, actuals: [...years.values()].sort((a, b) => a.year - b.year) };
    }
    return next;
  });
  const newDrafts = drafts.filter((d) => d.isNew);
  for (const d of newDrafts) {
    const actuals = d.actuals.length > 0 ? { actuals: [...d.actuals].sort((a, b) => a.year - b.year) } : {};
    indicators.push({ ...d.indicator, ...actuals });
  }

  // Targets: the same indicator, type and year replaces the plan's own (keeping its id and label).
  const existingAt = new Map(plan.targets.map((t, i) => [sameTargetKey(t), i]));
  const targets: Target[] = [...plan.targets];
  const origins = new Map<number, { draft: RowDraft; target: DraftTarget }>();
  const replaced = new Map<DraftTarget, string>();
  const ids = new Set(plan.targets.map((t) => t.id));
  const seen = new Set<string>();
  for (const d of drafts) {
    for (const dt of kept(d)) {
      const key = sameTargetKey(dt.target);
      if (seen.has(key)) continue;
      seen.add(key);
      const at = existingAt.get(key);
      if (at !== undefined) {
        const old = plan.targets[at] as Target;
        // The plan's id, label, series basis and price basis stay; the sheet gives the figure and its words.
        const basis = old.type === 'threshold' && dt.target.type === 'threshold' && dt.target.basis === undefined && old.basis !== undefined ? { basis: old.basis } : {};
        targets[at] = { ...dt.target, ...basis, id: old.id, ...(old.label ? { label: old.label } : {}), ...(old.seriesBasis ? { seriesBasis: old.seriesBasis } : {}) } as Target;
        dt.target = targets[at] as Target;
        origins.set(at, { draft: d, target: dt });
        replaced.set(dt, old.id);
        continue;
      }
      const base = targetIdBase(dt.target);
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      dt.target = { ...dt.target, id };
      origins.set(targets.length, { draft: d, target: dt });
      targets.push(dt.target);
    }
  }

  const customDrafts = newDrafts.filter((d) => d.customUnit !== undefined);
  const ownUnits: CustomUnit[] = [...(plan.units ?? [])];
  const unitFrom: RowDraft[] = [];
  for (const d of customDrafts) {
    if (ownUnits.some((u) => u.id === d.customUnit?.id)) continue;
    unitFrom[ownUnits.length] = d;
    ownUnits.push(d.customUnit as CustomUnit);
  }

  let charts: ChartSpec[] | undefined = plan.charts;
  const chartFrom: RowDraft[] = [];
  if (plan.charts !== undefined) {
    charts = [...plan.charts];
    const chartIds = new Set(charts.map((c) => c.id));
    for (const d of newDrafts) {
      if (kept(d).length === 0 || chartIds.has(d.indicator.id) || charts.length >= MAX_CHARTS) continue;
      chartFrom[charts.length] = d;
      charts.push({ id: d.indicator.id, indicators: [d.indicator.id] });
    }
  }

  const next: Record<string, unknown> = { ...plan, indicators, targets };
  if (ownUnits.length > 0) next.units = ownUnits;
  if (charts !== undefined) next.charts = charts;
  return {
    plan: next,
    indicatorDraft: (i) => (i < plan.indicators.length ? byId.get(plan.indicators[i]?.id ?? '') : newDrafts[i - plan.indicators.length]),
    targetOrigin: (i) => origins.get(i),
    unitDraft: (i) => unitFrom[i],
    chartDraft: (i) => chartFrom[i],
    replaced,
  };
}

/** What a row's draft adds or changes, for the preview. */
function changeOf(d: RowDraft, kept: readonly DraftTarget[], replaced: ReadonlyMap<DraftTarget, string>): ImportRowChange {
  return {
    row: d.row,
    name: d.name,
    indicator: d.indicator.id,
    isNew: d.isNew,
    kind: d.indicator.kind,
    unit: d.indicator.unit,
    ...(d.baseSet && d.indicator.base?.value != null ? { base: { year: d.indicator.base.year, value: d.indicator.base.value, previous: d.isNew ? null : d.previousBase } } : {}),
    actuals: d.actuals.map((a) => ({ year: a.year, value: a.value })),
    targets: kept.map((t) => ({ target: t.target, replaces: replaced.get(t) ?? null })),
  };
}

/** The proposed import of `rows` (a sheet) into `plan`, mapped by `mapping`. */
export function proposeImport(plan: Plan, rows: readonly (readonly ImportCell[])[], mapping: ImportMapping, options: ImportOptions): ImportProposal {
  const read = readRows({ plan, rows, mapping, options });
  const problems: ImportProblem[] = [...read.problems];
  // A new indicator with nothing left to import (every figure refused) is not added.
  let drafts = read.drafts.filter((d) => d.baseSet || d.targets.length > 0 || d.actuals.length > 0);
  const dropped = new Set<DraftTarget>();
  const invalid = (row: number, path: string, message: string) => problems.push({ severity: 'error', code: 'invalid', row, params: { path, message } });

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const built = build(plan, drafts, dropped);
    if (drafts.length === 0) break;
    const result = validatePlan(JSON.parse(JSON.stringify(built.plan)), options.lang);
    if (result.ok) {
      const changes = drafts.map((d) => changeOf(d, d.targets.filter((t) => !dropped.has(t)), built.replaced));
      const units = (result.plan.units ?? []).map((u) => u.id).filter((id) => !(plan.units ?? []).some((u) => u.id === id));
      problems.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
      return { plan: result.plan, changes, problems, units };
    }
    const badDrafts = new Set<RowDraft>();
    const droppedBefore = dropped.size;
    for (const issue of result.issues) {
      const m = /^(indicators|targets|units|charts)\[(\d+)\]/.exec(issue.path);
      const index = m ? Number(m[2]) : -1;
      if (m?.[1] === 'targets') {
        const origin = built.targetOrigin(index);
        if (origin !== undefined && !dropped.has(origin.target)) {
          dropped.add(origin.target);
          invalid(origin.target.row, issue.path, issue.message);
        }
        continue;
      }
      const d = m?.[1] === 'indicators' ? built.indicatorDraft(index) : m?.[1] === 'units' ? built.unitDraft(index) : m?.[1] === 'charts' ? built.chartDraft(index) : undefined;
      if (d !== undefined && !badDrafts.has(d)) {
        badDrafts.add(d);
        invalid(d.row, issue.path, issue.message);
      }
    }
    if (badDrafts.size === 0 && dropped.size === droppedBefore) {
      // A problem no row of the sheet explains: nothing is imported, and the checker's message says why.
      for (const issue of result.issues.slice(0, 5)) invalid(mapping.headerRow + 1, issue.path, issue.message);
      break;
    }
    // A row left out takes its targets with it.
    drafts = drafts.filter((d) => !badDrafts.has(d));
  }
  problems.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  return { plan, changes: [], problems, units: [] };
}
