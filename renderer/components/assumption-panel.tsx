/**
 * The assumptions of the selected scenario, grouped by indicator and plan period: real
 * growth (levels), points a year (shares), amounts a year (flows) and the deflator.
 */
import { Alert, Button, Collapse } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFLATOR, effectiveGrowth, pathSegmentsOf, planSpans, readSpan, spanEquals } from '../../models/engine/period-assumptions';
import type { Indicator, Plan, Segment } from '../../models/plan/plan-schema';
import { unitLabel } from '../../models/numbers/format';
import { openAssumptions } from '../../models/charts/chart-plan';
import { useProjection, useSelectedScenario } from '../derived/hooks';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { AssumptionRow } from './assumption-row';
import { assumptionKind, fieldSpec } from './assumption-spec';

/** The groups open at first: the deflator and the assumptions of the charted indicators. */
export function openByDefault(plan: Plan): string[] {
  return [DEFLATOR, ...openAssumptions(plan)];
}

/**
 * The panel and its collapsible groups depend on the plan's indicators, the language and
 * the selected scenario's name only: a slider step re-renders none of them. Each group's
 * rows subscribe to the scenario themselves (GroupRows), and re-render only the rows
 * whose values changed.
 */
export function AssumptionPanel() {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const indicators = useWorkspace((s) => s.plan?.indicators);
  const planId = useWorkspace((s) => s.plan?.id);
  const scenarioId = useWorkspace((s) => s.selectedId);
  const name = useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === s.selectedId)?.name);
  const builtIn = useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === s.selectedId)?.builtIn === true);
  const store = useWorkspaceStore();

  const items = useMemo(() => {
    if (indicators === undefined) return [];
    const groups: { key: string; indicator: Indicator | null }[] = [
      { key: DEFLATOR, indicator: null },
      ...indicators.filter((i) => i.kind !== 'derived').map((i) => ({ key: i.id, indicator: i })),
    ];
    return groups.map((g) => ({
      key: g.key,
      label: groupLabel(g.indicator, lang, t),
      children: <GroupRows indicator={g.indicator} assumptionKey={g.key} />,
    }));
  }, [indicators, lang, t]);
  // The groups open at first, for each plan (the Collapse is keyed on it).
  const defaultOpen = useMemo(() => {
    const plan = store.getState().plan;
    return plan === null ? [] : openByDefault(plan);
    // Read once per plan: the Collapse takes it only when it mounts.
  }, [planId, store]);

  if (indicators === undefined || name === undefined) return null;
  return (
    <section className="assumption-panel" aria-label={t('assumption.title')}>
      <h2 className="panel-title">{t('assumption.titleOf', { name: lang === 'en' ? name.en : name.zh })}</h2>
      {builtIn ? (
        <Alert
          type="info"
          showIcon
          className="builtin-alert"
          title={t('builtIn.readOnly')}
          action={
            <Button size="small" icon={<CopyOutlined />} onClick={() => store.getState().duplicateScenario(scenarioId)} data-testid="builtin-duplicate">
              {t('builtIn.duplicate')}
            </Button>
          }
        />
      ) : null}
      <Collapse key={planId} size="small" defaultActiveKey={defaultOpen} items={items} className="assumption-groups" />
    </section>
  );
}

/**
 * One group's rows for the selected scenario: its segments, the saved or created
 * scenario's (for "changed" and reset), and the growth each linked period gives now (it
 * follows the linked indicator). Re-rendered by every edit; Rows below is memoized on
 * these, so only a group whose values changed renders its rows again.
 */
function GroupRows({ indicator, assumptionKey }: { indicator: Indicator | null; assumptionKey: string }) {
  const plan = useWorkspace((s) => s.plan);
  const scenario = useSelectedScenario();
  const projection = useProjection(scenario);
  const reference = useWorkspace((s) =>
    scenario === undefined ? undefined : (s.savedPlan?.scenarios.find((x) => x.id === scenario.id) ?? s.created[scenario.id]),
  );
  if (plan === null || scenario === undefined || projection === null) return null;
  // A trend scenario shows the trend in the periods it does not set (not 0).
  const segments = pathSegmentsOf(plan, scenario, assumptionKey);
  const linked = planSpans(plan).map((span) => {
    const e = readSpan(plan, segments, span);
    return e.kind === 'link' ? effectiveGrowth(projection, assumptionKey, span) : Number.NaN;
  });
  return (
    <Rows
      plan={plan}
      scenarioId={scenario.id}
      segments={segments}
      refSegments={reference ? pathSegmentsOf(plan, reference, assumptionKey) : undefined}
      hasReference={reference !== undefined}
      linked={linked.join(',')}
      indicator={indicator}
      assumptionKey={assumptionKey}
    />
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function groupLabel(ind: Indicator | null, lang: 'zh' | 'en', t: T): string {
  if (ind === null) return t('assumption.deflator');
  return ind.name[lang];
}

function unitText(ind: Indicator | null, lang: 'zh' | 'en', t: T): string {
  switch (assumptionKind(ind)) {
    case 'growth':
      return t('unit.growth');
    case 'deflator':
      return t('unit.deflator');
    case 'points':
      return t('unit.points');
    case 'amount':
      return t('unit.amount', { unit: ind ? unitLabel(ind.unit, lang) : '' });
  }
}

interface RowsProps {
  plan: Plan;
  scenarioId: string;
  segments: readonly Segment[] | undefined;
  refSegments: readonly Segment[] | undefined;
  hasReference: boolean;
  /** Comma-joined effective growth of linked periods (NaN where not linked). */
  linked: string;
  indicator: Indicator | null;
  assumptionKey: string;
}

/**
 * One indicator's periods. Memoized on its own segments: an edit of one indicator does
 * not re-render the others (segments of untouched indicators keep their identity).
 */
const Rows = memo(function Rows({ plan, scenarioId, segments, refSegments, hasReference, linked, indicator, assumptionKey }: RowsProps) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const spans = useMemo(() => planSpans(plan), [plan]);
  const kind = assumptionKind(indicator);
  const label = indicator ? indicator.name[lang] : t('assumption.deflator');
  const names = useMemo(() => new Map(plan.indicators.map((i) => [i.id, i.name[lang]])), [plan, lang]);
  const linkedValues = linked.split(',').map(Number);

  return (
    <div className="assumption-rows">
      {spans.map((span, k) => {
        const entry = readSpan(plan, segments, span);
        const refEntry = hasReference ? readSpan(plan, refSegments, span) : undefined;
        const refValue = refEntry?.kind === 'value' ? refEntry.value : entry.kind === 'value' ? entry.value : 0;
        const spec = fieldSpec(kind, refValue * (kind === 'growth' || kind === 'deflator' ? 100 : 1));
        const changed = hasReference ? !spanEquals(plan, segments, refSegments, span) : false;
        return (
          <AssumptionRow
            key={`${scenarioId}:${span.id}`}
            scenarioId={scenarioId}
            assumptionKey={assumptionKey}
            testKey={indicator ? indicator.id : 'deflator'}
            label={label}
            span={span}
            spanLabel={span.name[lang]}
            entry={entry}
            spec={spec}
            unitText={unitText(indicator, lang, t)}
            {...(entry.kind === 'link' ? { linkName: names.get(entry.indicator) ?? entry.indicator, linkedValue: linkedValues[k] ?? Number.NaN } : {})}
            changed={changed}
            canReset={hasReference}
          />
        );
      })}
    </div>
  );
}, (a, b) =>
  a.segments === b.segments &&
  a.refSegments === b.refSegments &&
  a.hasReference === b.hasReference &&
  a.linked === b.linked &&
  a.scenarioId === b.scenarioId &&
  a.indicator === b.indicator &&
  a.assumptionKey === b.assumptionKey &&
  a.plan.periods === b.plan.periods &&
  a.plan.indicators === b.plan.indicators);
