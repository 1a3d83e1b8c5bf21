/**
 * N 个指标缺基期值 / N indicators lack a base value: a compact tag above the main view while the open
 * plan has indicators with no base value (a new plan from a template starts with all of
 * them). The tag opens a list: each indicator with what the plan says about it (where
 * the figure was searched for, why none is entered), the targets waiting on it and a
 * button that opens the plan editor at its base value. "填写基期值" beside the tag opens
 * the editor at the first one. It can be closed; it comes back when another indicator
 * comes to need a base value (models/plan/base-values-needed.ts, models/plan/missing-base-list.ts).
 * Where the plan has a reported figure for the base year, the item offers it in one click
 * (取自报告数, models/plan/base-from-reported.ts).
 */
import { CloseOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseValuesSummary, noticeStillClosed } from '../../models/plan/base-values-needed';
import { takeBaseFromReported } from '../../models/plan/base-from-reported';
import { missingBaseList } from '../../models/plan/missing-base-list';
import type { Plan } from '../../models/plan/plan-schema';
import { BaseFromReportedButton } from '../base-values/base-from-reported-button';
import { useMcResultsStore } from '../store/mc-results';
import { useWorkspaceStore } from '../store/store-context';
import type { Lang } from '../store/workspace-store';
import './base-values-notice.css';

/** Indicators named in the tag's accessible description; the rest are counted. */
const NAMED = 3;

interface Props {
  indicators: Plan['indicators'];
  targets?: Plan['targets'];
  lang: Lang;
  /** The plan's base year and own units: with them, an item with a reported base-year figure offers it in one click. */
  baseYear?: number;
  units?: Plan['units'];
}

/** Memoized on the indicators, targets and language: a slider step, which changes none of them, does not re-render it. */
export const BaseValuesNotice = memo(function BaseValuesNotice({ indicators, targets = NO_TARGETS, lang, baseYear, units }: Props) {
  const { t } = useTranslation();
  const results = useMcResultsStore();
  const store = useWorkspaceStore();
  const summary = useMemo(() => baseValuesSummary({ indicators }, NAMED), [indicators]);
  const list = useMemo(() => missingBaseList({ indicators, targets }), [indicators, targets]);
  const [closedFor, setClosedFor] = useState<string[] | null>(null);
  const [open, setOpen] = useState(false);
  if (summary.first === null || noticeStillClosed(closedFor, summary.ids)) return null;
  const first = summary.first;
  const names = summary.named.map((i) => i.name[lang]).join(t('baseNotice.separator'));
  const description = t('baseNotice.text', { count: summary.count, names, more: summary.more > 0 ? t('baseNotice.more', { count: summary.more }) : '' });
  const take = (id: string) => {
    const plan = store.getState().plan;
    if (plan !== null) store.getState().applyPlan(takeBaseFromReported(plan, id));
  };
  const enter = (id: string) => {
    setOpen(false);
    results.getState().openEditorAt(id);
  };
  const content = (
    <div className="base-values-list" data-testid="base-values-list">
      <p className="base-values-list-intro">{description}</p>
      <ul>
        {list.map((item) => (
          <li key={item.id} data-testid={`base-values-item-${item.id}`}>
            <div className="base-values-item-head">
              <span className="base-values-item-name">{item.name[lang]}</span>
              <Button size="small" data-testid={`base-values-enter-${item.id}`} onClick={() => enter(item.id)}>
                {t('baseNotice.enter')}
              </Button>
            </div>
            {baseYear !== undefined ? <BaseFromReportedButton plan={{ baseYear, indicators, units }} indicator={item.id} lang={lang} onTake={take} /> : null}
            {item.targets.length > 0 ? (
              <div className="base-values-item-targets">{t('baseNotice.targets', { targets: item.targets.map((x) => x[lang]).join(t('baseNotice.separator')) })}</div>
            ) : null}
            <div className="base-values-item-note" data-testid={`base-values-note-${item.id}`}>
              {item.note ? item.note[lang] : t('baseNotice.noNote')}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    // A notice, not an interruption: read when reached, not announced over what the user does.
    <div className="base-values-notice" role="status" data-testid="base-values-notice" data-count={summary.count}>
      <Popover
        trigger="click"
        placement="bottomLeft"
        open={open}
        onOpenChange={setOpen}
        title={t('baseNotice.listTitle', { count: summary.count })}
        content={content}
      >
        <Button size="small" className="base-values-tag" data-testid="base-values-notice-list" aria-expanded={open} aria-haspopup="dialog" title={description}>
          <span data-testid="base-values-notice-text">{t('baseNotice.tag', { count: summary.count })}</span>
          <DownOutlined aria-hidden />
        </Button>
      </Popover>
      <Button size="small" type="link" data-testid="base-values-notice-open" onClick={() => enter(first)}>
        {t('baseNotice.open')}
      </Button>
      <Button
        size="small"
        type="text"
        className="base-values-close"
        aria-label={t('baseNotice.close')}
        icon={<CloseOutlined aria-hidden />}
        onClick={() => {
          setClosedFor(summary.ids);
          // The close button goes with the notice: focus to the results, not the page.
          document.getElementById('results')?.focus();
        }}
      />
    </div>
  );
});

const NO_TARGETS: Plan['targets'] = [];
