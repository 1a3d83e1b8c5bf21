/**
 * Run and Cancel, the progress bar while a run is going, and one line on what is
 * shown: how many paths, which seed, how long it took; or that the result is stale,
 * was cancelled, or could not be computed.
 */
import { CaretRightOutlined, StopOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../models/numbers/format';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { useMcResults, useResultView } from '../store/mc-results';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { inputsOf } from '../store/uncertainty-slice';
import { runnerFor } from './mc-runner';

export function useRunSimulation(plan: Plan, scenario: Scenario): () => void {
  const store = useWorkspaceStore();
  return () => void runnerFor(store).run(plan, scenario, store.getState().uncertainty);
}

export function RunControls({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const running = useMcResults((s) => s.running);
  const error = useMcResults((s) => (s.error?.scenarioId === scenario.id ? s.error : null));
  const view = useResultView(plan, scenario);
  // "Cancelled" stays beside the button until the inputs change.
  const cancelled = useMcResults((s) => s.cancelled?.scenarioId === scenario.id && s.cancelled.key === view.key);
  const noShocks = useWorkspace((s) => inputsOf(s.uncertainty, plan, scenario.id).shocks.length === 0);
  const run = useRunSimulation(plan, scenario);
  const pct = running === null ? 0 : Math.round(running.fraction * 100);

  let status: { text: string; kind: 'info' | 'warn' | 'error' };
  if (running !== null) status = { text: t('uncertainty.running', { runs: formatNumber(running.runs, 0) }), kind: 'info' };
  else if (error !== null) status = { text: t('uncertainty.error', { detail: error.detail }), kind: 'error' };
  else if (view.state === 'stale') status = { text: t('uncertainty.stale'), kind: 'warn' };
  else if (cancelled) status = { text: view.state === 'fresh' ? t('uncertainty.cancelledKept') : t('uncertainty.cancelled'), kind: 'info' };
  else if (view.state === 'fresh') {
    const r = view.entry.result;
    status = {
      text: t('uncertainty.done', { runs: formatNumber(r.runs, 0), seed: r.seed, seconds: formatNumber(view.entry.wallMs / 1000, 2) }),
      kind: 'info',
    };
  } else status = { text: t('uncertainty.none'), kind: 'info' };

  return (
    <div className="unc-run">
      <div className="unc-run-buttons">
        <Button type="primary" size="small" icon={<CaretRightOutlined />} onClick={run} disabled={noShocks} data-testid="mc-run">
          {view.state === 'stale' ? t('uncertainty.rerun') : t('uncertainty.run')}
        </Button>
        <Button
          size="small"
          icon={<StopOutlined />}
          disabled={running === null}
          onClick={() => runnerFor(store).cancel()}
          data-testid="mc-cancel"
        >
          {t('uncertainty.cancel')}
        </Button>
        {running !== null ? (
          <div
            className="unc-progress"
            role="progressbar"
            aria-label={t('uncertainty.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={pct}
            data-testid="mc-progress"
          >
            <div className="unc-progress-bar" style={{ width: `${pct}%` }} />
            <span className="unc-progress-text">{pct}%</span>
          </div>
        ) : null}
      </div>
      <div
        className={`unc-status ${status.kind}`}
        role="status"
        aria-live="polite"
        data-testid="mc-status"
        // Timings of the result shown (for the end-to-end test and the bench).
        data-worker-ms={view.state === 'fresh' ? view.entry.workerMs.toFixed(1) : undefined}
        data-wall-ms={view.state === 'fresh' ? view.entry.wallMs.toFixed(1) : undefined}
      >
        {status.text}
      </div>
    </div>
  );
}
