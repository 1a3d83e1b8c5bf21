/**
 * What the last paste, import or edit refused (errors) or kept with a doubt (warnings),
 * each naming its row, indicator, year and the reason. Stays until the next action or
 * until closed.
 */
import { CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActualsIssue } from '../../models/plan/actuals-input';
import { actualsIssueText } from '../../models/plan/actuals-messages';
import type { Plan } from '../../models/plan/plan-schema';
import { indicatorNames } from '../base-values/base-from-reported-text';

export interface ActualsOutcome {
  /** What the action was: "粘贴" / "导入 figures.xlsx" / "输入". */
  what: string;
  applied: number;
  issues: ActualsIssue[];
  /** Indicators whose base value became the base-year figure just entered. */
  basesTaken?: string[];
  /** Indicators whose own base value differs from the base-year figure just entered (kept). */
  basesDiffer?: string[];
}

export function ActualsIssues({ plan, outcome, lang, onClose }: { plan: Plan; outcome: ActualsOutcome | null; lang: 'zh' | 'en'; onClose(): void }) {
  const { t } = useTranslation();
  if (outcome === null) return null;
  const errors = outcome.issues.filter((i) => i.severity === 'error');
  const warnings = outcome.issues.filter((i) => i.severity === 'warning');
  return (
    <div className={`actuals-outcome${errors.length > 0 ? ' has-errors' : ''}`} data-testid="actuals-outcome" role="status">
      <div className="actuals-outcome-head">
        <span data-testid="actuals-summary">
          {[
            outcome.applied > 0 ? t('actuals.applied', { count: outcome.applied }) : t('actuals.nothingChanged'),
            errors.length > 0 ? t('actuals.refused', { count: errors.length }) : '',
            warnings.length > 0 ? t('actuals.warnings', { count: warnings.length }) : '',
          ]
            .filter(Boolean)
            .join(lang === 'zh' ? '；' : '; ')
            .replace(/^/, outcome.what + (lang === 'zh' ? '：' : ': '))}
        </span>
        <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('actuals.dismiss')} onClick={onClose} />
      </div>
      {outcome.basesTaken !== undefined && outcome.basesTaken.length > 0 ? (
        <div className="actuals-bases" data-testid="actuals-bases-taken">
          {t('baseFromReported.taken', { year: plan.baseYear, count: outcome.basesTaken.length, names: indicatorNames(plan, outcome.basesTaken, lang, t) })}
        </div>
      ) : null}
      {outcome.basesDiffer !== undefined && outcome.basesDiffer.length > 0 ? (
        <div className="actuals-bases actuals-bases-differ" data-testid="actuals-bases-differ">
          {t('baseFromReported.differ', { year: plan.baseYear, names: indicatorNames(plan, outcome.basesDiffer, lang, t) })}
        </div>
      ) : null}
      {outcome.issues.length > 0 ? (
        <ul className="actuals-issue-list" data-testid="actuals-issues" role="alert">
          {outcome.issues.map((issue, i) => (
            <li key={i} className={issue.severity} data-code={issue.code} data-severity={issue.severity}>
              {actualsIssueText(issue, plan, lang)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
