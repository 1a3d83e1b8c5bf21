/**
 * `sensitivity`: the tornado of one target (models' `tornado()`): every assumption
 * (indicator × plan period, and the deflator per period) moved down and up by one step,
 * the target's gap recorded, sorted by swing.
 *
 * JSON (the field names are a published interface: keep them):
 *   { plan, scenario, target, baseGap, baseProjected, threshold, unit, step,
 *     bars: [{ assumption, indicator, period, kind, step, stepFrom, gapLow, gapHigh, low, high, swing }] }
 * As in `tornado()`: gapLow/gapHigh are the gaps (projected − threshold) with the
 * assumption moved down/up, low/high their change from baseGap, swing = |high − low|.
 * Gaps are in `unit` (for an average-growth target "fraction": 0.01 = 1 point).
 * `assumption` is "<indicator>/<period>"; the deflator's indicator is "@deflator".
 */
import {
  DEFLATOR,
  formatNumber,
  formatPoints,
  formatRate,
  tornado,
  unitLabel,
  type AssumptionKind,
  type Lang,
  type Plan,
  type Scenario,
  type TornadoBar,
  type TornadoResult,
  type UncertaintySpec,
} from '../../models';
import { builtInDecimals, isBuiltInUnit } from '../../models/plan/built-in-unit';
import type { CommandArgs } from './args';
import { evaluatePlan, type EvaluatedTarget } from './check-report';
import { unsignedZero } from './check-table';
import { t } from './cli-messages';
import { truncateDistinct } from './display-width';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { finiteOrNull, stringifyJson } from './json-safe';
import { loadPlanScenario } from './load-plan';
import type { SimulationArgs, StepMode } from './simulation-args';
import { renderTable } from './text-table';
import { buildUncertainty } from './uncertainty-flags';

const NAME_WIDTH = 28;

export interface SensitivityBarJson {
  assumption: string;
  indicator: string;
  period: string;
  kind: AssumptionKind;
  /** A growth fraction (level, deflator), points (share), or a relative change (flow). */
  step: number;
  stepFrom: 'unit' | 'sd';
  gapLow: number | null;
  gapHigh: number | null;
  low: number | null;
  high: number | null;
  swing: number | null;
}

export interface SensitivityJson {
  plan: string;
  scenario: string;
  target: string;
  baseGap: number | null;
  baseProjected: number | null;
  threshold: number | null;
  unit: string;
  step: StepMode;
  bars: SensitivityBarJson[];
}

export function sensitivityJson(plan: Plan, r: TornadoResult, e: EvaluatedTarget, step: StepMode): SensitivityJson {
  return {
    plan: plan.id,
    scenario: r.scenarioId,
    target: r.targetId,
    baseGap: finiteOrNull(r.baseGap),
    baseProjected: finiteOrNull(r.baseProjected),
    threshold: finiteOrNull(r.target),
    unit: e.json.unit,
    step,
    bars: r.bars.map((b) => ({
      assumption: `${b.ref.indicator}/${b.ref.period}`,
      indicator: b.ref.indicator,
      period: b.ref.period,
      kind: b.kind,
      step: b.step,
      stepFrom: b.stepFrom,
      gapLow: finiteOrNull(b.gapLow),
      gapHigh: finiteOrNull(b.gapHigh),
      low: finiteOrNull(b.low),
      high: finiteOrNull(b.high),
      swing: finiteOrNull(b.swing),
    })),
  };
}

/** Gaps in the target's unit: points for growth targets and shares, amounts otherwise. */
function gapFormatter(plan: Plan, e: EvaluatedTarget, lang: Lang): { format: (v: number | null) => string; unit: string } {
  const r = e.result;
  if ((r.type === 'average-growth' || r.type === 'in-step')) {
    return { format: (v) => (v === null ? '—' : unsignedZero(formatPoints(v * 100, lang, 2))), unit: '' };
  }
  const d = builtInDecimals(r.unit, 2);
  const label = isBuiltInUnit(r.unit) ? unitLabel(r.unit, lang) : r.unit;
  if (plan.indicators.find((i) => i.id === r.indicator)?.kind === 'share') {
    return { format: (v) => (v === null ? '—' : unsignedZero(formatPoints(v, lang, d))), unit: '' };
  }
  return { format: (v) => (v === null ? '—' : unsignedZero(formatNumber(v, d))), unit: label };
}

function stepText(b: TornadoBar, lang: Lang): string {
  switch (b.kind) {
    case 'level':
    case 'deflator':
      return `±${formatPoints(b.step * 100, lang, 2)}`;
    case 'share':
      return `±${formatPoints(b.step, lang, 2)}`;
    case 'flow':
      return b.stepFrom === 'sd' ? `×exp(±${formatNumber(b.step, 3)})` : `±${formatRate(b.step, 0)}`;
  }
}

function assumptionName(plan: Plan, indicator: string, lang: Lang): string {
  if (indicator === DEFLATOR) return t(lang, 'deflator');
  return plan.indicators.find((i) => i.id === indicator)?.name[lang] ?? indicator;
}

export function sensitivityTable(plan: Plan, scenario: Scenario, r: TornadoResult, e: EvaluatedTarget, step: StepMode, lang: Lang): string {
  const { format, unit } = gapFormatter(plan, e, lang);
  const unitSuffix = unit === '' ? '' : lang === 'zh' ? unit : ` ${unit}`;
  const out = [
    plan.title[lang],
    t(lang, 'scenario', { name: `${scenario.name[lang]} (${scenario.id})` }),
    t(lang, 'sens-target', { label: e.target.label?.[lang] ?? e.target.id, id: e.target.id, year: e.result.year }),
  ];
  if (r.baseGap === null) {
    out.push('', t(lang, 'sens-no-gap'));
    return `${out.join('\n')}\n`;
  }
  out.push(t(lang, 'sens-base-gap', { gap: format(r.baseGap), unit: unitSuffix }));
  out.push(t(lang, step === 'sd' ? 'sens-steps-sd' : 'sens-steps-unit'), '');
  const periods = new Map(plan.periods.map((p) => [p.id, p]));
  const periodText = (b: TornadoBar) => {
    const p = periods.get(b.ref.period);
    if (!p) return b.ref.period;
    // a period named by its years ("2031—2035年") is not followed by them again
    const name = lang === 'zh' ? p.name.zh : p.id;
    return name.includes(String(p.start)) ? name : `${name} ${p.start}–${p.end}`;
  };
  // Rows whose swing shows as zero say nothing one by one: they are folded into one line under the table.
  // (a gap in points or a unit is written with it: "0.00个百分点", "0.00 pp")
  const isZero = (b: TornadoBar) => b.swing !== null && /^[0.,]+[^\d]*$/.test(format(b.swing));
  const shown = r.bars.filter((b) => !isZero(b));
  const folded = r.bars.filter(isZero);
  const shortNames = truncateDistinct(shown.map((b) => assumptionName(plan, b.ref.indicator, lang)), NAME_WIDTH);
  const rows = shown.map((b, n) => [
    shortNames[n] as string,
    periodText(b),
    stepText(b, lang),
    format(b.gapLow),
    format(b.gapHigh),
    format(b.swing),
  ]);
  out.push(
    renderTable(
      [
        { header: t(lang, 'col-assumption'), align: 'left' },
        { header: t(lang, 'col-period'), align: 'left' },
        { header: t(lang, 'col-step'), align: 'right' },
        { header: t(lang, 'col-gap-low'), align: 'right' },
        { header: t(lang, 'col-gap-high'), align: 'right' },
        { header: t(lang, 'col-swing'), align: 'right' },
      ],
      rows,
    ),
  );
  if (folded.length > 0) {
    // Grouped by indicator: 常住人口（“十四五”时期、“十五五”时期）.
    const byIndicator = new Map<string, string[]>();
    for (const b of folded) {
      const p = periods.get(b.ref.period);
      const list = byIndicator.get(b.ref.indicator) ?? [];
      list.push(p ? (lang === 'zh' ? p.name.zh : `${p.start}–${p.end}`) : b.ref.period);
      byIndicator.set(b.ref.indicator, list);
    }
    const names = [...byIndicator]
      .map(([id, list]) => (lang === 'zh' ? `${assumptionName(plan, id, lang)}（${list.join('、')}）` : `${assumptionName(plan, id, lang)} (${list.join(', ')})`))
      .join(lang === 'zh' ? '；' : '; ');
    out.push(t(lang, 'sens-zero-rows', { count: folded.length, names }));
  }
  if (unit !== '') out.push(t(lang, 'sens-unit', { unit }));
  return `${out.join('\n')}\n`;
}

export async function runSensitivityCommand(args: CommandArgs, io: CliIo): Promise<number> {
  const sim = args.simulation as SimulationArgs;
  const fail = (message: string) => {
    io.stderr(`${message}\n`);
    return EXIT_BAD_INPUT;
  };
  const loaded = await loadPlanScenario(args.file, args.scenario, io, args.lang);
  if (!loaded.ok) return fail(loaded.lines.join('\n'));
  const { plan, scenario } = loaded;
  const targetId = sim.target as string;
  const index = plan.targets.findIndex((x) => x.id === targetId);
  if (index < 0) return fail(t(args.lang, 'unknown-target', { id: targetId, available: plan.targets.map((x) => x.id).join(', ') }));

  let uncertainty: UncertaintySpec | undefined;
  if (sim.step === 'sd') {
    const built = buildUncertainty(plan, sim, args.lang);
    if (!built.ok) return fail(built.message);
    uncertainty = { shocks: built.uncertainty.shocks, correlations: built.uncertainty.correlations };
  }
  const result = tornado(plan, scenario, targetId, { step: sim.step, uncertainty });
  const evaluated = evaluatePlan(plan, scenario).targets[index] as EvaluatedTarget;
  io.stdout(
    args.json
      ? stringifyJson(sensitivityJson(plan, result, evaluated, sim.step))
      : sensitivityTable(plan, scenario, result, evaluated, sim.step, args.lang),
  );
  return EXIT_OK;
}
