/**
 * The 约束性 / 预期性 / 未标注 filter above a target list: a segmented choice (radio
 * buttons: Tab to reach, arrow keys to move), each with how many targets it holds, and
 * while a group is chosen, how many rows show and a one-click 清除筛选. Nothing shows
 * where no target is marked. The choice is kept per workspace (store/binding-filter.ts).
 */
import { Button, Segmented } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bindingFilterOptions, effectiveBindingFilter, filterByBinding, type BindingFilter } from '../../models/plan/binding-filter';
import type { Plan } from '../../models/plan/plan-schema';
import { useBindingFilter } from '../store/binding-filter';

/** The rows the workspace's filter keeps, and the choice in effect. */
export function useBindingFiltered<Row extends { id: string }>(plan: Pick<Plan, 'targets'>, rows: readonly Row[]): { rows: readonly Row[]; filter: BindingFilter } {
  const [asked] = useBindingFilter();
  return useMemo(
    () => ({ rows: filterByBinding(plan, rows, asked), filter: effectiveBindingFilter(plan, rows.map((r) => r.id), asked) }),
    [plan, rows, asked],
  );
}

export function BindingFilterBar({ plan, ids, shown, testId }: { plan: Pick<Plan, 'targets'>; ids: readonly string[]; shown: number; testId: string }) {
  const { t } = useTranslation();
  const [asked, setFilter] = useBindingFilter();
  const options = useMemo(() => bindingFilterOptions(plan, ids), [plan, ids]);
  if (options.length === 0) return null;
  const filter = effectiveBindingFilter(plan, ids, asked);
  const word = (v: BindingFilter) => t(v === 'all' ? 'binding.all' : `binding.${v}`);
  return (
    <div className="binding-filter" data-testid={testId} data-filter={filter}>
      <Segmented<BindingFilter>
        size="small"
        value={filter}
        onChange={setFilter}
        aria-label={t('binding.filterLabel')}
        options={options.map((o) => ({ value: o.value, label: <span data-testid={`${testId}-${o.value}`}>{`${word(o.value)} ${o.count}`}</span> }))}
      />
      {filter === 'all' ? null : (
        <>
          <span className="muted" role="status" data-testid={`${testId}-shown`}>
            {t('binding.showing', { shown, total: ids.length, group: word(filter) })}
          </span>
          <Button size="small" type="link" onClick={() => setFilter('all')} data-testid={`${testId}-clear`}>
            {t('binding.clear')}
          </Button>
        </>
      )}
    </div>
  );
}
