/**
 * The main view's tabs: the projection's charts, uncertainty & sensitivity, the actuals
 * grid, the plan review and the plan editor (规划编辑).
 * A WAI-ARIA tab list: arrow keys move between the tabs, Tab goes into the panel.
 * (Part of the first bundle: small; each view itself loads when first opened.)
 */
import { memo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMcResults, useMcResultsStore, type UncertaintyTab } from '../store/mc-results';
import './first-bundle.css';

const TABS: UncertaintyTab[] = ['charts', 'uncertainty', 'actuals', 'review', 'plan'];

export const tabId = (tab: UncertaintyTab) => `view-tab-${tab}`;
export const panelId = (tab: UncertaintyTab) => `view-panel-${tab}`;

/** Memoized (no props): it follows the tab in its own store, not the plan's edits. */
export const ViewTabs = memo(function ViewTabs() {
  const { t } = useTranslation();
  const results = useMcResultsStore();
  const tab = useMcResults((s) => s.tab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    results.getState().setTab(TABS[next] as UncertaintyTab);
    refs.current[next]?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('view.tabs')} onKeyDown={onKey}>
      {TABS.map((x, i) => (
        <button
          key={x}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(x)}
          aria-selected={tab === x}
          aria-controls={panelId(x)}
          tabIndex={tab === x ? 0 : -1}
          className={`view-tab${tab === x ? ' active' : ''}`}
          onClick={() => results.getState().setTab(x)}
          data-testid={tabId(x)}
        >
          {t(`view.${x}`)}
        </button>
      ))}
    </div>
  );
});
