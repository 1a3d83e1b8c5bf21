/**
 * Compare mode: 2–4 scenarios side by side. Overlaid charts, a year-by-year table of
 * one indicator with each scenario's difference from the first, and the assumptions
 * that differ.
 */
import { firstCharted } from '../../models/charts/chart-plan';
import { Alert } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPriceBasis } from '../../models/charts/chart-guides';
import { formatNumber, formatPoints, formatRate, formatValue, signAt } from '../../models/numbers/format';
import { DEFLATOR, type SpanEntry } from '../../models/engine/period-assumptions';
import type { Indicator, Plan, Scenario } from '../../models/plan/plan-schema';
import { differencesByYear, diffScenarios, type ScenarioDifference, type YearDifference } from '../../models/plan/scenario-diff';
import { unitInfo } from '../../models/numbers/units';
import { ChartGrid } from '../charts/chart-grid';
import { SCENARIO_COLORS } from '../charts/chart-defs';
import { projectionOf } from '../derived/derive';
import { useCompareScenarios } from '../derived/hooks';
import { useWorkspace } from '../store/store-context';
import { MIN_COMPARE } from '../store/workspace-store';
import { DataTable, type DataColumn } from './data-table';
import { Panel } from './panel';

type Lang = 'zh' | 'en';

export default function CompareView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const scenarios = useCompareScenarios();
  if (scenarios.length < MIN_COMPARE) {
    return <Alert type="info" showIcon title={t('compare.pick', { min: MIN_COMPARE })} data-testid="compare-hint" />;
  }
  return (
    <div className="compare-view" data-testid="compare-view">
      <ChartGrid plan={plan} scenarios={scenarios} compare />
      <DiffTable plan={plan} scenarios={scenarios} />
      <AssumptionDiffs plan={plan} scenarios={scenarios} />
    </div>
  );
}

function ScenarioHead({ sc, i, lang }: { sc: Scenario; i: number; lang: Lang }) {
  return (
    <span className="scenario-head">
      <span className="swatch" style={{ background: SCENARIO_COLORS[i] }} aria-hidden />
      {sc.name[lang]}
    </span>
  );
}

function DiffTable({ plan, scenarios }: { plan: Plan; scenarios: Scenario[] }) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const basis = useWorkspace((s) => s.basis);
  const choices = plan.indicators.filter((i) => i.kind !== 'flow');
  const [indicatorId, setIndicatorId] = useState(() => choices.find((i) => i.id === firstCharted(plan))?.id ?? choices[0]?.id ?? '');
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const rows = useMemo(
    () => differencesByYear(scenarios.map((s) => projectionOf(plan, s)), indicatorId, basis),
    [plan, scenarios, indicatorId, basis],
  );
  if (ind === undefined) return null;
  const d = unitInfo(ind.unit, plan.units).decimals;
  const columns: DataColumn<YearDifference>[] = [
    { title: t('compare.year'), key: 'year', width: 64, render: (r: YearDifference) => r.year },
    ...scenarios.flatMap((sc, i) => {
      const value = {
        title: <ScenarioHead sc={sc} i={i} lang={lang} />,
        key: `v-${sc.id}`,
        align: 'right' as const,
        render: (r: YearDifference) => formatNumber(r.values[i], d),
      };
      if (i === 0) return [value];
      return [
        value,
        {
          title: t('compare.delta'),
          key: `d-${sc.id}`,
          align: 'right' as const,
          render: (r: YearDifference) => {
            const v = r.deltas[i] ?? null;
            const rel = r.relative[i] ?? null;
            if (v === null) return '—';
            const sign = signAt(v, ind.unit === '%' ? 1 : d);
            const relText = rel === null ? '' : ` (${signAt(rel * 100, 1)}${formatRate(Math.abs(rel), 1)})`;
            return (
              <span className={v < 0 ? 'gap-negative' : v > 0 ? 'gap-positive' : ''}>
                {sign}
                {ind.unit === '%' ? formatPoints(Math.abs(v), lang, 1) : formatNumber(Math.abs(v), d)}
                {ind.unit === '%' ? '' : relText}
              </span>
            );
          },
        },
      ];
    }),
  ];
  const unitText = unitInfo(ind.unit, plan.units)[lang];
  const basisText = hasPriceBasis(ind) ? t(`basis.long.${basis}`, { year: plan.baseYear }) : '';
  return (
    <Panel
      className="compare-card"
      title={t('compare.diffTitle')}
      extra={
        <select
          className="native-select"
          value={indicatorId}
          onChange={(e) => setIndicatorId(e.target.value)}
          aria-label={t('compare.indicator')}
          data-testid="compare-indicator"
        >
          {choices.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name[lang]}
            </option>
          ))}
        </select>
      }
    >
      <span className="muted unit-note">
        {t('compare.unit', { unit: [unitText, basisText].filter(Boolean).join(lang === 'zh' ? '，' : ', ') || '—' })}
      </span>
      <DataTable<YearDifference> rowKey={(r) => String(r.year)} columns={columns} rows={rows} data-testid="compare-diff-table" maxHeight={380} />
    </Panel>
  );
}

interface DiffRow {
  key: string;
  what: string;
  when: string;
  texts: string[];
  mixed: boolean[];
}

function entryText(entry: SpanEntry, ind: Indicator | null, names: Map<string, string>, lang: Lang, t: (k: string, o?: Record<string, unknown>) => string) {
  if (entry.kind === 'link') return t('assumption.linked', { name: names.get(entry.indicator) ?? entry.indicator, elasticity: formatNumber(entry.elasticity, 1) });
  const perYear = lang === 'zh' ? '/年' : ' a year';
  if (ind === null || ind.kind === 'level') return formatRate(entry.value) + perYear;
  if (ind.kind === 'share') return formatPoints(entry.value, lang, 2) + perYear;
  return formatValue(entry.value, ind.unit, lang, Math.max(unitInfo(ind.unit).decimals, 1)) + perYear;
}

function AssumptionDiffs({ plan, scenarios }: { plan: Plan; scenarios: Scenario[] }) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const diffs: ScenarioDifference[] = useMemo(() => diffScenarios(plan, scenarios), [plan, scenarios]);
  const names = useMemo(() => new Map(plan.indicators.map((i) => [i.id, i.name[lang]])), [plan, lang]);
  const rows: DiffRow[] = diffs.map((d) => {
    const ind = d.key === DEFLATOR ? null : (plan.indicators.find((i) => i.id === d.key) ?? null);
    return {
      key: `${d.key}-${d.span.id}`,
      what: ind === null ? t('assumption.deflator') : ind.name[lang],
      when: `${d.span.name[lang]} ${d.span.from}–${d.span.to}`,
      texts: d.entries.map((e) => entryText(e, ind, names, lang, t)),
      mixed: d.entries.map((e) => !e.uniform),
    };
  });
  const columns: DataColumn<DiffRow>[] = [
    { title: t('compare.assumption'), key: 'what', render: (r: DiffRow) => r.what },
    { title: t('compare.period'), key: 'when', render: (r: DiffRow) => r.when },
    ...scenarios.map((sc, i) => ({
      title: <ScenarioHead sc={sc} i={i} lang={lang} />,
      key: sc.id,
      align: 'right' as const,
      render: (r: DiffRow) => (
        <span>
          {r.texts[i]}
          {r.mixed[i] ? <sup title={t('assumption.mixed')}>*</sup> : null}
        </span>
      ),
    })),
  ];
  return (
    <Panel className="compare-card" title={t('compare.assumptionsTitle', { count: rows.length })} data-testid="assumption-diff">
      {rows.length === 0 ? (
        <span className="muted">{t('compare.same')}</span>
      ) : (
        <DataTable<DiffRow> rowKey={(r) => r.key} columns={columns} rows={rows} />
      )}
    </Panel>
  );
}
