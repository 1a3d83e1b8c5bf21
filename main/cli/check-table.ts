/** `check` as a table for people: one row per target, then the consistency notes. */
import { formatNumber, formatPoints, formatRate, unitLabel, type ConsistencyNote, type Lang, type Plan, type Scenario } from '../../models';
import { verdictDecimals } from '../../models/numbers/display-precision';
import { builtInDecimals } from '../../models/plan/built-in-unit';
import type { OwnUnit } from '../../models/numbers/units';
import { verdictCountsByBinding } from '../../models/plan/target-binding';
import type { EvaluatedTarget } from './check-report';
import { t } from './cli-messages';
import { truncateDisplay } from './display-width';
import { renderTable } from './text-table';

const LABEL_WIDTH = 40;

/** "-0.00" → "0.00": a gap that rounds to zero has no sign. */
export function unsignedZero(text: string): string {
  return /^-0(\.0+)?([^\d.].*)?$/.test(text) ? text.slice(1) : text;
}

/** A built-in unit's decimals, else those the plan gives its own unit, else 2. */
function decimalsOf(unit: string, own: readonly OwnUnit[]): number {
  return builtInDecimals(unit, own.find((o) => o.id === unit)?.decimals ?? 2);
}

interface Cells {
  unit: string;
  threshold: string;
  projected: string;
  gap: string;
  required: string;
}

const SIGN: Record<EvaluatedTarget['result']['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

function cellsFor(e: EvaluatedTarget, lang: Lang, kind: string, own: readonly OwnUnit[]): Cells {
  const r = e.result;
  const perYear = (value: string) => (value === '—' ? '' : t(lang, 'per-year', { value }));
  // What the target asks, as the review writes it: "≥ 73.0", "< 5.5"; a 左右 target by its centre ("79.5左右" / "about 79.5")
  const asked = (text: string) => (text === '—' ? text : r.band !== null ? (lang === 'zh' ? `${text}左右` : `about ${text}`) : `${SIGN[r.comparison]} ${text}`);
  if ((r.type === 'average-growth' || r.type === 'in-step')) {
    return {
      unit: t(lang, 'growth-unit'),
      threshold: asked(formatRate(r.target)),
      projected: formatRate(r.projected),
      gap: r.gap === null ? '—' : unsignedZero(formatPoints(r.gap * 100, lang, 2)),
      required: formatRate(r.requiredGrowth),
    };
  }
  const unit = r.unit;
  // As many decimals as it takes for value, threshold and gap not to contradict the verdict.
  const d =
    r.projected !== null && r.target !== null && r.met !== null
      ? verdictDecimals(r.projected, r.target, r.comparison, r.met, decimalsOf(unit, own))
      : decimalsOf(unit, own);
  // the label in the language asked, the plan's own units too (10k units, not 万台); 指数 has no
  // Chinese label after a number, but the column names it
  const label = unitLabel(unit, lang, own) || unit;
  if (kind === 'share') {
    return {
      unit: label,
      threshold: asked(formatNumber(r.target, d)),
      projected: formatNumber(r.projected, d),
      gap: r.gap === null ? '—' : unsignedZero(formatPoints(r.gap, lang, d)),
      required:
        r.requiredAnnualChange === null ? '—' : perYear(unsignedZero(formatPoints(r.requiredAnnualChange, lang, d))),
    };
  }
  const required =
    r.requiredGrowth !== null
      ? formatRate(r.requiredGrowth)
      : r.requiredAnnualChange !== null
        ? perYear(unsignedZero(formatNumber(r.requiredAnnualChange, Math.max(d, 1))))
        : '—';
  return {
    unit: label,
    threshold: asked(formatNumber(r.target, d)),
    projected: formatNumber(r.projected, d),
    gap: r.gap === null ? '—' : unsignedZero(formatNumber(r.gap, d)),
    required,
  };
}

export function statusWord(status: EvaluatedTarget['result']['status'], lang: Lang): string {
  return t(lang, status === 'met' ? 'status-met' : status === 'missed' ? 'status-missed' : 'status-needs-base');
}

export function renderCheckTable(
  plan: Plan,
  scenario: Scenario,
  evaluated: { targets: EvaluatedTarget[]; notes: ConsistencyNote[] },
  lang: Lang,
): string {
  const kinds = new Map(plan.indicators.map((i) => [i.id, i.kind]));
  const rows = evaluated.targets.map((e) => {
    const c = cellsFor(e, lang, kinds.get(e.result.indicator) ?? 'level', plan.units ?? []);
    const label = e.target.label?.[lang] ?? e.target.id;
    return [
      truncateDisplay(label, LABEL_WIDTH),
      e.target.binding === undefined ? '' : t(lang, `binding-${e.target.binding}`),
      String(e.result.year),
      c.unit,
      c.threshold,
      c.projected,
      c.gap,
      c.required,
      statusWord(e.result.status, lang),
      e.target.id,
    ];
  });
  const table = renderTable(
    [
      { header: t(lang, 'col-target'), align: 'left' },
      { header: t(lang, 'col-binding'), align: 'left' },
      { header: t(lang, 'col-year'), align: 'right' },
      { header: t(lang, 'col-unit'), align: 'left' },
      { header: t(lang, 'col-threshold'), align: 'right' },
      { header: t(lang, 'col-projected'), align: 'right' },
      { header: t(lang, 'col-gap'), align: 'right' },
      { header: t(lang, 'col-required'), align: 'right' },
      { header: t(lang, 'col-status'), align: 'left' },
      // The id that `sensitivity --target` and `check --json` use.
      { header: t(lang, 'col-id'), align: 'left' },
    ],
    rows,
  );
  const count = (s: string) => evaluated.targets.filter((e) => e.result.status === s).length;
  const out = [
    `${plan.title[lang]}`,
    ...(plan.source.note?.[lang] ? [plan.source.note[lang]] : []),
    `${t(lang, 'scenario', { name: `${scenario.name[lang]} (${scenario.id})` })}`,
    '',
    table,
    t(lang, 'summary', {
      total: evaluated.targets.length,
      met: count('met'),
      missed: count('missed'),
      needsBase: count('needs-base'),
    }),
    // Each group apart, as the review report counts them (nothing where no target is marked).
    ...(plan.targets.some((x) => x.binding !== undefined)
      ? verdictCountsByBinding(plan, evaluated.targets.map((e) => e.result)).map((c) =>
          t(lang, 'summary-group', { group: t(lang, `binding-${c.group}`), total: c.total, met: c.met, missed: c.missed, needsBase: c.noData }),
        )
      : []),
    '',
  ];
  if (evaluated.notes.length === 0) out.push(t(lang, 'consistency-none'));
  else {
    out.push(t(lang, 'consistency-heading'));
    for (const n of evaluated.notes) {
      out.push(`- [${t(lang, n.severity === 'warning' ? 'severity-warning' : 'severity-info')}] ${n.message[lang]}`);
    }
  }
  return `${out.join('\n')}\n`;
}
