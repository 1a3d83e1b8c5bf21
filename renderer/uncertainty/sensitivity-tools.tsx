/**
 * Sensitivity of one chosen target: a tornado chart, a two-way table and a goal seek.
 * The numbers come from models/ (sensitivity.ts, two-way-table.ts, goal-seek.ts). They
 * are computed from a deferred copy of the scenario, so an edit repaints the main
 * charts and table first and these after.
 */
import { Button, App as AntApp, Segmented, Space } from 'antd';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRate } from '../../models/numbers/format';
import { goalSeek, GoalSeekError, type GoalSeekResult } from '../../models/engine/goal-seek';
import { DEFLATOR, type ShockSpec } from '../../models/uncertainty/monte-carlo-types';
import type { Indicator, Plan, Scenario, Target } from '../../models/plan/plan-schema';
import { currentAssumption } from '../../models/plan/scenario-edit';
import { growthIn, tornado, type TornadoBar, type TornadoResult } from '../../models/uncertainty/sensitivity';
import { defaultTwoWayAxes, goalSeekDefaultStart, judgedYear, TWO_WAY_SIZE, TWO_WAY_STEP, twoWayAxisOptions, type AssumptionAxis } from '../../models/uncertainty/sensitivity-defaults';
import { axisAround, twoWayTable, type TwoWayTable } from '../../models/uncertainty/two-way-table';
import { leadIndicator, toUncertaintySpec } from '../../models/uncertainty/uncertainty-inputs';
import { unitInfo } from '../../models/numbers/units';
import { PLOT_CONFIG } from '../charts/chart-figure';
import { Panel } from '../components/panel';
import { projectionOf, targetsOf } from '../derived/derive';
import { useMcResults, useMcResultsStore } from '../store/mc-results';
import { freeScenarioId } from '../store/plan-edits';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { inputsOf } from '../store/uncertainty-slice';
import { heatStyle, maxAbs } from './heat-color';
import { LegendList } from '../charts/legend-list';
import { assumptionValueText, gapUnit, stepText, type Lang } from './sensitivity-format';
import { buildTornado } from './tornado-figure';
import { FigureExportButtons } from '../export/figure-export-buttons';
import { TwoWayCsvButton } from '../export/two-way-csv-button';
import { twoWayRows } from '../../models/export/two-way-csv';
import { useIndicatorName } from './uncertainty-settings';
import { targetName } from '../../models/targets/target-name';

const Plot = lazy(() => import('../charts/plot'));

/** The target analysed first: the lead indicator's "multiple" (翻一番) target, else its first, else the plan's first. */
export function defaultTargetId(plan: Plan): string | null {
  const lead = leadIndicator(plan);
  const own = plan.targets.filter((t) => t.indicator === lead);
  return (own.find((t) => t.type === 'multiple') ?? own.find((t) => t.type === 'threshold') ?? own[0] ?? plan.targets[0])?.id ?? null;
}

export function SensitivityTools({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const results = useMcResultsStore();
  const chosen = useMcResults((s) => s.targetId);
  const deferred = useDeferredValue(scenario);
  const target = plan.targets.find((x) => x.id === chosen) ?? plan.targets.find((x) => x.id === defaultTargetId(plan));
  const statuses = useMemo(() => new Map(targetsOf(plan, scenario).map((r) => [r.id, r.status])), [plan, scenario]);
  if (target === undefined) return null;
  const ind = plan.indicators.find((i) => i.id === target.indicator) as Indicator;
  const needsBase = statuses.get(target.id) === 'needs-base';

  return (
    <section className="unc-sensitivity" aria-labelledby="unc-sens-title">
      <div className="unc-sens-head">
        <h3 id="unc-sens-title" className="unc-sens-title">
          {t('sens.title')}
        </h3>
        <label className="unc-inline">
          <span>{t('sens.target')}</span>
          <select className="native-select unc-target-select" value={target.id} onChange={(e) => results.getState().setTargetId(e.target.value)} data-testid="sens-target">
            {plan.targets.map((x) => (
              <option key={x.id} value={x.id}>
                {targetName(x, lang)}
                {statuses.get(x.id) === 'needs-base' ? ` (${t('status.needs-base')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <span className="muted unc-sens-sentence" title={target.sentence}>
          “{target.sentence}”
        </span>
      </div>
      {needsBase ? (
        <div className="unc-empty">{t('sens.needsBase')}</div>
      ) : (
        <div className="unc-sens-grid">
          <div className="unc-sens-col">
            <TornadoPanel plan={plan} scenario={deferred} target={target} ind={ind} lang={lang} />
            <GoalSeekPanel key={`goal-${target.id}`} plan={plan} scenario={deferred} target={target} lang={lang} />
          </div>
          <TwoWayPanel key={target.id} plan={plan} scenario={deferred} target={target} ind={ind} lang={lang} />
        </div>
      )}
    </section>
  );
}

interface ToolProps {
  plan: Plan;
  scenario: Scenario;
  target: Target;
  ind: Indicator;
  lang: Lang;
}

function periodYears(plan: Plan, periodId: string): string {
  const p = plan.periods.find((x) => x.id === periodId);
  if (p === undefined) return periodId;
  return `${Math.max(p.start, plan.baseYear + 1)}–${Math.min(p.end, plan.horizon)}`;
}

function TornadoPanel({ plan, scenario, target, ind, lang }: ToolProps) {
  const { t } = useTranslation();
  const nameOf = useIndicatorName(plan);
  const [step, setStep] = useState<'unit' | 'sd'>('unit');
  // Only the shocks' sds matter, and only for the ±1 sd step (a new seed does not redo the tornado).
  const sds = useWorkspace((s) =>
    step === 'sd' ? JSON.stringify(toUncertaintySpec(plan, inputsOf(s.uncertainty, plan, scenario.id)).shocks) : '[]',
  );
  const result: TornadoResult | null = useMemo(() => {
    try {
      return tornado(plan, scenario, target.id, { step, uncertainty: { shocks: JSON.parse(sds) as ShockSpec[] } });
    } catch {
      return null;
    }
  }, [plan, scenario, target.id, step, sds]);
  const unit = gapUnit(target, ind, lang, plan.units);
  const label = (b: TornadoBar) => `${nameOf(b.ref.indicator)} ${periodYears(plan, b.ref.period)}`;
  const view = useMemo(
    () =>
      result === null
        ? null
        : buildTornado(
            result,
            {
              bar: label,
              step: (b, sign) => stepText(b, sign, lang, t('tornado.sdWord')),
              low: t('tornado.low'),
              high: t('tornado.high'),
              axis: t('tornado.axis', { unit: unit.unit }),
            },
            unit.scale,
            unit.decimals,
          ),
    // `label` depends on the plan and the language only
    [result, lang, t, unit.scale, unit.decimals, unit.unit, plan],
  );
  const summary = (view?.bars ?? [])
    .map((b) => `${label(b)}: ${formatNumber((b.low ?? 0) * unit.scale, unit.decimals)} / ${formatNumber((b.high ?? 0) * unit.scale, unit.decimals)}`)
    .join('; ');

  return (
    <Panel
      title={t('tornado.title')}
      className="unc-tornado"
      data-testid="tornado-chart"
      extra={
        <Space size={6}>
          <Segmented<'unit' | 'sd'>
            size="small"
            value={step}
            onChange={setStep}
            aria-label={t('tornado.step')}
            data-testid="tornado-step"
            options={[
              { value: 'unit', label: t('tornado.unit') },
              { value: 'sd', label: t('tornado.sd') },
            ]}
          />
          {view !== null && view.bars.length > 0 ? (
            <FigureExportButtons
              testId="tornado-export"
              input={{
                figure: view.figure,
                plan,
                scenario,
                lang,
                title: `${t('tornado.title')}${lang === 'zh' ? '：' : ': '}${targetName(target, lang)}`,
                subtitle: scenario.name[lang],
                xTitle: t('tornado.axis', { unit: unit.unit }),
                stem: `${plan.id}-${scenario.id}-tornado-${target.id}`,
              }}
            />
          ) : null}
        </Space>
      }
    >
      {view === null || view.bars.length === 0 ? (
        <div className="unc-empty">{t('tornado.none')}</div>
      ) : (
        <>
          <LegendList items={view.figure.legend} />
          <figure className="unc-plot" aria-label={t('tornado.title')}>
            <Suspense fallback={<div className="chart-placeholder" aria-busy="true" />}>
              <Plot
                data={view.figure.data}
                layout={view.figure.layout}
                config={PLOT_CONFIG}
                style={{ width: '100%', height: (view.figure.layout as { height: number }).height }}
                useResizeHandler
              />
            </Suspense>
            <figcaption className="sr-only" data-testid="tornado-summary">
              {summary}
            </figcaption>
          </figure>
          {view.zero + view.more > 0 ? <div className="muted unc-foot">{t('tornado.omitted', { count: view.zero + view.more })}</div> : null}
          {step === 'sd' ? <div className="muted unc-foot">{t('tornado.sdNote')}</div> : null}
        </>
      )}
    </Panel>
  );
}

function axisName(plan: Plan, a: AssumptionAxis, nameOf: (id: string) => string, t: (k: string, o?: Record<string, unknown>) => string): string {
  return t(a.indicator === DEFLATOR ? 'twoWay.axisDeflator' : 'twoWay.axisGrowth', { name: nameOf(a.indicator), from: a.from, to: a.to });
}

function TwoWayPanel({ plan, scenario, target, ind, lang }: ToolProps) {
  const { t } = useTranslation();
  const nameOf = useIndicatorName(plan);
  const options = useMemo(() => twoWayAxisOptions(plan, leadIndicator(plan)), [plan]);
  const [axes, setAxes] = useState<[number, number] | null>(null);
  const [ri, ci] = axes ?? defaultTwoWayAxes(plan, target, options);
  const rowAxis = options[ri];
  const colAxis = options[ci];
  const table: TwoWayTable | null = useMemo(() => {
    if (rowAxis === undefined || colAxis === undefined || ri === ci) return null;
    try {
      const linked = growthIn(projectionOf(plan, scenario));
      const ref = (a: AssumptionAxis) => ({ indicator: a.indicator, period: a.period });
      const around = (a: AssumptionAxis) => axisAround(currentAssumption(plan, scenario, ref(a), linked), TWO_WAY_STEP, TWO_WAY_SIZE);
      return twoWayTable(plan, scenario, target.id, { ...ref(rowAxis), values: around(rowAxis) }, { ...ref(colAxis), values: around(colAxis) });
    } catch {
      return null;
    }
  }, [plan, scenario, target.id, rowAxis, colAxis, ri, ci]);

  const centre = (TWO_WAY_SIZE - 1) / 2;
  const largest = table === null ? 0 : maxAbs(table.gap);
  const u = unitInfo(ind.unit, plan.units);
  // Whole numbers from 1,000 up, so seven columns fit.
  const valueText = (v: number | null) =>
    v === null ? '—' : target.type === 'average-growth' || target.type === 'in-step' ? formatRate(v, 2) : formatNumber(v, Math.abs(v) >= 1000 ? 0 : Math.min(u.decimals, 1));
  const unitText = target.type === 'average-growth' || target.type === 'in-step' ? '%' : u[lang] || (lang === 'zh' ? '指数' : 'index');
  const select = (which: 0 | 1, value: number) => setAxes(which === 0 ? [value, ci] : [ri, value]);

  return (
    <Panel
      title={t('twoWay.title')}
      className="unc-two-way"
      extra={
        table !== null && rowAxis !== undefined && colAxis !== undefined ? (
          <TwoWayCsvButton
            name={`${plan.id}-${scenario.id}-two-way-${target.id}.csv`}
            rows={() =>
              twoWayRows(table, {
                caption: t('twoWay.caption', { target: targetName(target, lang), year: judgedYear(target), unit: unitText }),
                rowName: axisName(plan, rowAxis, nameOf, t),
                colName: axisName(plan, colAxis, nameOf, t),
                projected: t('twoWay.title'),
                gap: t('table.gap'),
              })
            }
          />
        ) : null
      }
    >
      <div className="unc-axes">
        {([0, 1] as const).map((which) => (
          <label key={which} className="unc-inline">
            <span>{which === 0 ? t('twoWay.rows') : t('twoWay.cols')}</span>
            <select
              className="native-select"
              value={which === 0 ? ri : ci}
              onChange={(e) => select(which, Number(e.target.value))}
              data-testid={which === 0 ? 'two-way-rows' : 'two-way-cols'}
            >
              {options.map((a, i) => (
                <option key={i} value={i} disabled={i === (which === 0 ? ci : ri)}>
                  {axisName(plan, a, nameOf, t)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {table === null || rowAxis === undefined || colAxis === undefined ? (
        <div className="unc-empty">{t('twoWay.none')}</div>
      ) : (
        <div className="unc-two-way-scroll">
          <table className="two-way" data-testid="two-way-table">
            <caption>
              {t('twoWay.caption', { target: targetName(target, lang), year: judgedYear(target), unit: unitText })}
            </caption>
            <thead>
              <tr>
                <td className="corner-blank" />
                <th scope="colgroup" colSpan={table.cols.values.length} className="axis-name">
                  {axisName(plan, colAxis, nameOf, t)} →
                </th>
              </tr>
              <tr>
                <th scope="col" className="corner">
                  {axisName(plan, rowAxis, nameOf, t)} ↓
                </th>
                {table.cols.values.map((v, c) => (
                  <th key={c} scope="col" className={c === centre ? 'current' : undefined}>
                    {formatRate(v, 2)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.values.map((rv, r) => (
                <tr key={r}>
                  <th scope="row" className={r === centre ? 'current' : undefined}>
                    {formatRate(rv, 2)}
                  </th>
                  {table.cols.values.map((_, c) => {
                    const met = table.met[r]?.[c] ?? null;
                    const gap = table.gap[r]?.[c] ?? null;
                    const style = heatStyle(gap, met, largest);
                    const current = r === centre && c === centre;
                    return (
                      <td
                        key={c}
                        className={`two-way-cell${current ? ' current' : ''}`}
                        style={{ background: style.background, color: style.color }}
                        data-testid={`two-way-cell-${r}-${c}`}
                        data-met={met === null ? 'none' : String(met)}
                        data-current={current ? 'true' : undefined}
                        aria-current={current ? 'true' : undefined}
                      >
                        <span className="tw-value">{valueText(table.projected[r]?.[c] ?? null)}</span>
                        <span className="tw-mark" aria-hidden>
                          {met === null ? '' : met ? '✓' : '✗'}
                        </span>
                        <span className="sr-only">
                          {met === null ? '' : met ? ` ${t('status.met')}` : ` ${t('status.missed')}`}
                          {current ? ` (${t('twoWay.current')})` : ''}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="muted unc-foot">{t('twoWay.key')}</div>
        </div>
      )}
    </Panel>
  );
}

/** Indicators a goal seek can move: the lead first, then every other non-derived one, then the deflator. */
function seekable(plan: Plan): string[] {
  const lead = leadIndicator(plan);
  const rest = plan.indicators.filter((i) => i.kind !== 'derived' && i.id !== lead).map((i) => i.id);
  return [...(lead === null ? [] : [lead]), ...rest, DEFLATOR];
}

function GoalSeekPanel({ plan, scenario, target, lang }: Omit<ToolProps, 'ind'>) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const store = useWorkspaceStore();
  const nameOf = useIndicatorName(plan);
  const ids = useMemo(() => seekable(plan), [plan]);
  const [indicator, setIndicator] = useState(ids[0] ?? DEFLATOR);
  const [fromChoice, setFrom] = useState<number | null>(null);
  const last = judgedYear(target);
  const defaultFrom = goalSeekDefaultStart(plan, scenario, target, [indicator]);
  const from = fromChoice !== null && fromChoice <= last ? fromChoice : defaultFrom;
  const years = Array.from({ length: last - plan.baseYear }, (_, i) => plan.baseYear + 1 + i);

  const request = useMemo(() => ({ targetId: target.id, indicator, fromYear: from, toYear: last }), [target.id, indicator, from, last]);
  const result: GoalSeekResult | null = useMemo(() => {
    try {
      return goalSeek(plan, scenario, request);
    } catch (e) {
      if (e instanceof GoalSeekError) return { ok: false, targetId: target.id, reason: 'no-effect', detail: e.detail };
      return null;
    }
  }, [plan, scenario, request, target.id]);
  const current = useMemo(() => {
    if (result === null || !result.ok) return null;
    try {
      return currentAssumption(plan, scenario, { indicator, from, to: last }, growthIn(projectionOf(plan, scenario)));
    } catch {
      return null;
    }
  }, [result, plan, scenario, indicator, from, last]);

  const label = targetName(target, lang);
  const apply = () => {
    const s = store.getState();
    if (s.plan === null) return;
    const base = s.plan.scenarios.find((x) => x.id === scenario.id) ?? scenario;
    const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
    const name = { zh: cut(`反推：${target.label?.zh ?? target.id}`), en: cut(`Goal seek: ${target.label?.en ?? target.id}`) };
    const out = goalSeek(s.plan, base, request, { id: freeScenarioId(s.plan, 'goal-seek'), name });
    if (!out.ok || out.scenario === undefined) return;
    if (s.addScenario(out.scenario) !== null) void message.success(t('goal.written', { name: name[lang] }));
  };

  let text: string;
  if (result === null) text = t('goal.fail.nan');
  else if (!result.ok) text = t(`goal.fail.${result.reason}`, { name: nameOf(indicator), from, to: last });
  else {
    const value = assumptionValueText(result.kind, result.value, plan, indicator, lang);
    text = t(`goal.result.${result.kind}`, { from, to: last, name: nameOf(indicator), value, target: label });
  }

  return (
    <Panel title={t('goal.title')} className="unc-goal">
      <div className="unc-goal-fields">
        <label className="unc-inline">
          <span>{t('goal.indicator')}</span>
          <select className="native-select" value={indicator} onChange={(e) => setIndicator(e.target.value)} data-testid="goal-seek-indicator">
            {ids.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="unc-inline">
          <span>{t('goal.from')}</span>
          <select className="native-select" value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="goal-seek-from">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t('goal.to', { to: last })}</span>
      </div>
      <p className={`unc-goal-result${result?.ok ? '' : ' muted'}`} data-testid="goal-seek-result" data-value={result?.ok ? String(result.value) : undefined}>
        {text}
      </p>
      {result?.ok && current !== null ? (
        <p className="muted unc-goal-current">{t('goal.current', { value: assumptionValueText(result.kind, current, plan, indicator, lang) })}</p>
      ) : null}
      <Button size="small" type="primary" disabled={!result?.ok} onClick={apply} data-testid="goal-seek-apply">
        {t('goal.apply')}
      </Button>
    </Panel>
  );
}
