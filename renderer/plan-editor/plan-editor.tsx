/**
 * 规划编辑 / Plan editor: the plan itself (not its scenarios) — title, region, years
 * and periods; indicators; targets. Every field is checked at each key with the message
 * beside it. A valid edit takes effect at once (undoable, autosaved, saved with Save);
 * while the draft has an error, what was typed stays in its field and the plan keeps
 * its last valid state, which the banner says (with a button to drop the draft).
 */
import { Alert, Button, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../models/plan/plan-schema';
import { useMcResults } from '../store/mc-results';
import { GeneralSection } from './general-section';
import { IndicatorSection } from './indicator-section';
import { TargetSection } from './target-section';
import { PlanDraftContext, usePlanDraftState } from './use-plan-draft';
import './plan-editor.css';

/** Errors listed in the banner; the rest are counted. */
const LISTED = 5;

export default function PlanEditor({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const draft = usePlanDraftState(plan);
  // Asked to show an indicator (the base-values notice): the indicators section, which then shows it.
  const asked = useMcResults((s) => s.editorIndicator);
  const [section, setSection] = useState(() => (asked === null ? 'general' : 'indicators'));
  useEffect(() => {
    if (asked !== null) setSection('indicators');
  }, [asked]);
  const { errors, warnings } = draft.issues;
  return (
    <PlanDraftContext.Provider value={draft}>
      <div className="plan-editor" data-testid="plan-editor">
        {errors.length > 0 ? (
          <Alert
            type="error"
            showIcon
            className="pe-banner"
            data-testid="pe-pending"
            title={t('planEditor.pending', { count: errors.length })}
            description={
              <ul className="pe-error-list">
                {errors.slice(0, LISTED).map((e) => (
                  <li key={`${e.path}:${e.code}`}>
                    <code>{e.path}</code> {e.message}
                  </li>
                ))}
                {errors.length > LISTED ? <li>{t('planEditor.more', { count: errors.length - LISTED })}</li> : null}
              </ul>
            }
            action={
              <Button size="small" onClick={draft.discard} data-testid="pe-discard">
                {t('planEditor.discard')}
              </Button>
            }
          />
        ) : (
          <div className="pe-status muted" data-testid="pe-status">
            {warnings.length > 0 ? t('planEditor.validWithWarnings', { count: warnings.length }) : t('planEditor.valid')}
          </div>
        )}
        {/* Only the section in view is rendered: a keystroke redraws it alone. */}
        <Tabs
          size="small"
          destroyOnHidden
          activeKey={section}
          onChange={setSection}
          items={[
            { key: 'general', label: t('planEditor.general'), children: <GeneralSection /> },
            { key: 'indicators', label: t('planEditor.indicatorsCount', { count: draft.draft.indicators.length }), children: <IndicatorSection /> },
            { key: 'targets', label: t('planEditor.targetsCount', { count: draft.draft.targets.length }), children: <TargetSection /> },
          ]}
        />
      </div>
    </PlanDraftContext.Provider>
  );
}
