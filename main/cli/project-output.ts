/**
 * `project`: every indicator for every year under one scenario, as JSON (a published
 * interface: keep the field names), CSV or a table in blocks of years.
 */
import {
  BOM,
  formatNumber,
  project,
  unitInfo,
  unitLabel,
  type Bilingual,
  type Indicator,
  type Lang,
  type Origin,
  type Plan,
  type Projection,
  type ProjectionWarning,
  type Scenario,
  type Segment,
  type SeriesProjection,
  toCsv,
  type Cell,
} from '../../models';
import { outputNumber } from '../../models/numbers/output-number';
import type { Basis } from './args';
import { t } from './cli-messages';
import { truncateDistinct } from './display-width';
import { toJsonArray } from './json-safe';
import { renderTable, type Column } from './text-table';

export interface IndicatorJson {
  name: Bilingual;
  unit: string;
  kind: Indicator['kind'];
  basis: Indicator['basis'];
  /** In the requested basis. */
  values: (number | null)[];
  real: (number | null)[];
  nominal: (number | null)[];
  origin: Origin[];
}

export interface ProjectJson {
  plan: string;
  scenario: string;
  basis: Basis;
  years: number[];
  indicators: Record<string, IndicatorJson>;
  /** deflator: per year (index 0 = base year, always 0); per indicator: the scenario's segments. */
  assumptions: Record<string, (number | null)[] | Segment[]>;
  warnings: ProjectionWarning[];
}

function seriesOf(p: Projection, id: string): SeriesProjection {
  const s = p.series[id];
  if (s === undefined) throw new Error(`projection has no series for "${id}"`);
  return s;
}

export function projectJson(plan: Plan, scenario: Scenario, basis: Basis, p: Projection = project(plan, scenario)): ProjectJson {
  const indicators: Record<string, IndicatorJson> = {};
  for (const ind of plan.indicators) {
    const s = seriesOf(p, ind.id);
    const real = toJsonArray(s.real);
    const nominal = toJsonArray(s.nominal);
    indicators[ind.id] = {
      name: ind.name,
      unit: ind.unit,
      kind: ind.kind,
      basis: ind.basis,
      values: basis === 'real' ? real : nominal,
      real,
      nominal,
      origin: [...s.origin],
    };
  }
  const assumptions: ProjectJson['assumptions'] = {};
  for (const [id, segments] of Object.entries(scenario.assumptions)) assumptions[id] = segments;
  // Written last: the scenario's price path wins should an indicator ever be called "deflator".
  assumptions.deflator = toJsonArray(p.deflator);
  return {
    plan: plan.id,
    scenario: scenario.id,
    basis,
    years: [...p.years],
    indicators,
    assumptions,
    warnings: [...p.warnings],
  };
}

/** 12 significant digits: 8076.3600000000015 → 8076.36, as a spreadsheet wants it. */
export function csvNumber(value: number): number | null {
  return outputNumber(value);
}

/**
 * RFC 4180 with CRLF line ends (the quoting of models' toCsv), but without its
 * byte-order mark: this output goes to scripts and pipes, where a BOM breaks the first
 * header name. The app's export writes the BOM that Excel needs.
 */
export function projectCsv(plan: Plan, scenario: Scenario, basis: Basis, p: Projection = project(plan, scenario)): string {
  const rows: Cell[][] = [['indicator', 'unit', ...p.years.map(String)]];
  for (const ind of plan.indicators) {
    const s = seriesOf(p, ind.id);
    rows.push([ind.id, ind.unit, ...Array.from(basis === 'real' ? s.real : s.nominal, csvNumber)]);
  }
  const text = toCsv(rows);
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

export const YEARS_PER_BLOCK = 8;
const NAME_WIDTH = 28;

export function projectTable(
  plan: Plan,
  scenario: Scenario,
  basis: Basis,
  lang: Lang,
  p: Projection = project(plan, scenario),
): string {
  const out = [
    plan.title[lang],
    `${t(lang, 'scenario', { name: `${scenario.name[lang]} (${scenario.id})` })} · ${t(lang, basis === 'real' ? 'basis-real' : 'basis-nominal')}`,
    '',
  ];
  let reported = false;
  let unknown = false;
  for (let start = 0; start < p.years.length; start += YEARS_PER_BLOCK) {
    const years = p.years.slice(start, start + YEARS_PER_BLOCK);
    const columns: Column[] = [
      { header: t(lang, 'col-indicator'), align: 'left' },
      { header: t(lang, 'col-unit'), align: 'left' },
      ...years.map((y): Column => ({ header: `${y} `, align: 'right' })),
    ];
    const shortNames = truncateDistinct(plan.indicators.map((ind) => ind.name[lang]), NAME_WIDTH);
    const rows = plan.indicators.map((ind, n) => {
      const s = seriesOf(p, ind.id);
      const values = basis === 'real' ? s.real : s.nominal;
      const decimals = unitInfo(ind.unit, plan.units).decimals;
      const cells = years.map((_, k) => {
        const i = start + k;
        const text = formatNumber(values[i], decimals);
        const fixed = s.origin[i] === 'actual' || s.origin[i] === 'official';
        if (text === '—') unknown = true;
        if (fixed && text !== '—') reported = true;
        return `${text}${fixed && text !== '—' ? '*' : ' '}`;
      });
      return [shortNames[n] as string, unitLabel(ind.unit, lang, plan.units) || ind.unit, ...cells];
    });
    out.push(renderTable(columns, rows));
  }
  if (reported) out.push(t(lang, 'footnote-reported'));
  if (unknown) out.push(t(lang, 'footnote-unknown'));
  return `${out.join('\n')}\n`;
}
