/**
 * 取自报告数 2025年：9,950亿元（统计公报）/ Use reported 2025: …: beside a base value,
 * when the plan has a reported figure for its base year that is not the base value yet.
 * One click sets the value, status, source and note (one undo step, through `onTake`).
 * Nothing is shown when the base year has no reported figure, or the base already is it.
 */
import { Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { proposeBaseFromReported } from '../../models/plan/base-from-reported';
import type { Plan } from '../../models/plan/plan-schema';
import type { Lang } from '../store/workspace-store';
import { proposalTexts } from './base-from-reported-text';
import './base-from-reported.css';

interface Props {
  /** The plan, or the parts of it the button reads. */
  plan: Pick<Plan, 'baseYear' | 'indicators' | 'units'>;
  indicator: string;
  lang: Lang;
  /** Take the figure: the caller applies takeBaseFromReported as one undoable edit. */
  onTake(id: string): void;
}

export function BaseFromReportedButton({ plan, indicator, lang, onTake }: Props) {
  const { t } = useTranslation();
  const ind = plan.indicators.find((i) => i.id === indicator);
  const proposal = useMemo(() => (ind === undefined ? null : proposeBaseFromReported(plan, ind)), [plan, ind]);
  if (proposal === null) return null;
  const texts = proposalTexts(plan, proposal, lang, t);
  return (
    <div className="base-from-reported" data-testid={`base-from-reported-${indicator}`} data-kind={proposal.kind}>
      <Button size="small" type="link" className="base-from-reported-button" aria-label={`${texts.text} — ${texts.label}`} title={texts.label} onClick={() => onTake(indicator)} data-testid={`base-from-reported-take-${indicator}`}>
        {texts.text}
      </Button>
      {texts.differs !== null ? <span className="base-from-reported-differs">{texts.differs}</span> : null}
    </div>
  );
}
