/**
 * 规划评估 / Plan review tab (loaded when first opened): models' reviewPlan for the
 * selected scenario as of a year, P(met) from the scenario's current Monte Carlo run,
 * and the exports (an XLSX of the review; the PDF report through the export dialog).
 */
import { App } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { reviewPlan } from '../../models/review/review';
import { useOpenExport } from '../export/export-context';
import { usePlatform } from '../platform/platform-context';
import { useResultView } from '../store/mc-results';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { asOfYears } from './as-of';
import { reviewWorkbookFile } from './review-export';
import { ReviewPanel } from './review-panel';

export default function ReviewView({ plan, scenario, currentYear = new Date().getFullYear() }: { plan: Plan; scenario: Scenario; currentYear?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useWorkspaceStore();
  const api = usePlatform();
  const openExport = useOpenExport();
  const lang = useWorkspace((s) => s.lang);
  const [picked, setAsOf] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const years = useMemo(() => asOfYears(plan, currentYear), [plan, currentYear]);
  // By default as of the last year that can have a figure: every figure counts.
  const asOf = picked !== null && years.includes(picked) ? picked : (years[years.length - 1] ?? plan.horizon);
  const review = useMemo(() => reviewPlan(plan, { scenarioId: scenario.id, asOf }), [plan, scenario.id, asOf]);
  const mc = useResultView(plan, scenario);
  const probabilities = useMemo(() => (mc.state === 'fresh' ? Object.fromEntries(mc.entry.result.targets.map((p) => [p.id, p.probability])) : null), [mc]);

  const exportXlsx = async () => {
    if (api === null) return;
    setExporting(true);
    try {
      const request = await reviewWorkbookFile(plan, review, lang, probabilities ?? undefined);
      const saved = await api.exportFile(request);
      if (saved !== null) void message.success(t('review.exported', { name: saved.name }));
    } catch (error) {
      void message.error(t('file.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ReviewPanel
      plan={plan}
      review={review}
      lang={lang}
      scenarioId={scenario.id}
      onScenario={(id) => store.getState().selectScenario(id)}
      asOfYears={years}
      onAsOf={setAsOf}
      probabilities={probabilities}
      onExportXlsx={() => void exportXlsx()}
      onReport={openExport}
      exporting={exporting}
    />
  );
}
