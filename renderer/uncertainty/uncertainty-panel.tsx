/**
 * The uncertainty and sensitivity view of the selected scenario (a lazily loaded part
 * of the app): the uncertainty settings and the Monte Carlo run beside the fan chart,
 * then the tornado chart, the two-way table and the goal seek of a chosen target.
 */
import { useTranslation } from 'react-i18next';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { Panel } from '../components/panel';
import { FanChart } from './fan-chart';
import { RunControls } from './run-controls';
import { SensitivityTools } from './sensitivity-tools';
import { UncertaintySettings } from './uncertainty-settings';
import './uncertainty.css';

export default function UncertaintyPanel({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  return (
    <div className="uncertainty-panel" data-testid="uncertainty-panel">
      <div className="unc-top">
        <Panel title={t('uncertainty.settings')} className="unc-settings-panel">
          <UncertaintySettings plan={plan} scenario={scenario} />
          <RunControls plan={plan} scenario={scenario} />
        </Panel>
        <FanChart plan={plan} scenario={scenario} />
      </div>
      <SensitivityTools plan={plan} scenario={scenario} />
    </div>
  );
}
