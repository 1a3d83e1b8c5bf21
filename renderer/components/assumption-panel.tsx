/**
 * The assumptions of the selected scenario, grouped by indicator and plan period: real
 * growth (levels), points a year (shares), amounts a year (flows) and the deflator.
 */
import { Alert, Button, Collapse } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFLATOR, effectiveGrowth, planSpans, readSpan, segmentsOf, spanEquals } from '../../models/period-assumptions';
import type { Indicator, Plan, Scenario } from '../../models/plan-schema';
import type { Projection } from '../../models/projection';
import { unitLabel } from '../../models/format';
import { useProjection, useSelectedScenario } from '../derived/hooks';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { AssumptionRow } from './assumption-row';
import { assumptionKind, fieldSpec } from './assumption-spec';

export const OPEN_BY_DEFAULT = [DEFLATOR, 'gdp', 'urbanization', 'income_urban', 'income_rural', 'retail_sales'];

export function AssumptionPanel() {
  const { t } = useTranslation();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const scenario = useSelectedScenario();
  const projection = useProjection(scenario);
  const reference = useWorkspace((s) =>
    scenario === undefined ? undefined : (s.savedPlan?.scenarios.find((x) => x.id === scenario.id) ?? s.created[scenario.id]),
  );
  const store = useWorkspaceStore();

  const items = useMemo(() => {
    if (plan === null || scenario === undefined || projection === null) return [];
    const groups: { key: string; indicator: Indicator | null }[] = [
      { key: DEFLATOR, indicator: null },
      ...plan.indicators.filter((i) => i.kind !== 'derived').map((i) => ({ key: i.id, indicator: i })),
    ];
    return groups.map((g) => ({
      key: g.key,
      label: groupLabel(g.indicator, lang, t),
      children: (
        <Rows plan={plan} scenario={scenario} reference={reference} projection={projection} indicator={g.indicator} assumptionKey={g.key} />
      ),
    }));
  }, [plan, scenario, projection, reference, lang, t]);

  if (plan === null || scenario === undefined) return null;
  const name = lang === 'en' ? scenario.name.en : scenario.name.zh;
  return (
    <section className="assumption-panel" aria-label={t('assumption.title')}>
      <h2 className="panel-title">{t('assumption.titleOf', { name })}</h2>
      {scenario.builtIn ? (
        <Alert
          type="info"
          showIcon
          className="builtin-alert"
          title={t('builtIn.readOnly')}
          action={
            <Button size="small" icon={<CopyOutlined />} onClick={() => store.getState().duplicateScenario(scenario.id)} data-testid="builtin-duplicate">
              {t('builtIn.duplicate')}
            </Button>
          }
        />
      ) : null}
      <Collapse size="small" defaultActiveKey={OPEN_BY_DEFAULT} items={items} className="assumption-groups" />
    </section>
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
  scenario: Scenario;
  reference: Scenario | undefined;
  projection: Projection;
  indicator: Indicator | null;
  assumptionKey: string;
}

function Rows({ plan, scenario, reference, projection, indicator, assumptionKey }: RowsProps) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const spans = useMemo(() => planSpans(plan), [plan]);
  const segments = segmentsOf(scenario, assumptionKey);
  const refSegments = reference ? segmentsOf(reference, assumptionKey) : undefined;
  const kind = assumptionKind(indicator);
  const label = indicator ? indicator.name[lang] : t('assumption.deflator');
  const names = useMemo(() => new Map(plan.indicators.map((i) => [i.id, i.name[lang]])), [plan, lang]);

  return (
    <div className="assumption-rows">
      {spans.map((span) => {
        const entry = readSpan(plan, segments, span);
        const refEntry = reference ? readSpan(plan, refSegments, span) : undefined;
        const refValue = refEntry?.kind === 'value' ? refEntry.value : entry.kind === 'value' ? entry.value : 0;
        const spec = fieldSpec(kind, refValue * (kind === 'growth' || kind === 'deflator' ? 100 : 1));
        const changed = reference ? !spanEquals(plan, segments, refSegments, span) : false;
        return (
          <AssumptionRow
            key={`${scenario.id}:${span.id}`}
            scenarioId={scenario.id}
            assumptionKey={assumptionKey}
            testKey={indicator ? indicator.id : 'deflator'}
            label={label}
            span={span}
            spanLabel={span.name[lang]}
            entry={entry}
            spec={spec}
            unitText={unitText(indicator, lang, t)}
            {...(entry.kind === 'link'
              ? { linkName: names.get(entry.indicator) ?? entry.indicator, linkedValue: effectiveGrowth(projection, assumptionKey, span) }
              : {})}
            changed={changed}
            canReset={reference !== undefined}
          />
        );
      })}
    </div>
  );
}
