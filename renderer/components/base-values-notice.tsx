/**
 * 基期值待填 / Base values needed: a non-blocking notice above the main view while the
 * open plan has indicators with no base value (a new plan from a template starts with
 * all of them). It says how many, names the first few, and opens the plan editor at the
 * first one with its base value field focused. It can be closed; it comes back when
 * another indicator comes to need a base value (models/base-values-needed.ts).
 */
import { Alert, Button } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseValuesSummary, noticeStillClosed } from '../../models/base-values-needed';
import type { Plan } from '../../models/plan-schema';
import { useMcResultsStore } from '../store/mc-results';
import type { Lang } from '../store/workspace-store';

/** Indicators named in the notice; the rest are counted. */
const NAMED = 3;

/** Memoized on the indicators and the language: a slider step, which changes neither, does not re-render it. */
export const BaseValuesNotice = memo(function BaseValuesNotice({ indicators, lang }: { indicators: Plan['indicators']; lang: Lang }) {
  const { t } = useTranslation();
  const results = useMcResultsStore();
  const summary = useMemo(() => baseValuesSummary({ indicators }, NAMED), [indicators]);
  const [closedFor, setClosedFor] = useState<string[] | null>(null);
  if (summary.first === null || noticeStillClosed(closedFor, summary.ids)) return null;
  const first = summary.first;
  const names = summary.named.map((i) => i.name[lang]).join(t('baseNotice.separator'));
  return (
    <Alert
      type="info"
      showIcon
      // A notice, not an interruption: read when reached, not announced over what the user does.
      role="status"
      className="base-values-notice"
      data-testid="base-values-notice"
      data-count={summary.count}
      title={
        <span data-testid="base-values-notice-text">
          {t('baseNotice.text', { count: summary.count, names, more: summary.more > 0 ? t('baseNotice.more', { count: summary.more }) : '' })}
        </span>
      }
      action={
        <Button size="small" type="primary" data-testid="base-values-notice-open" onClick={() => results.getState().openEditorAt(first)}>
          {t('baseNotice.open')}
        </Button>
      }
      closable={{
        'aria-label': t('baseNotice.close'),
        onClose: () => {
          setClosedFor(summary.ids);
          // The close button goes with the notice: focus to the results, not the page.
          document.getElementById('results')?.focus();
        },
      }}
    />
  );
});
