/**
 * The focused cell of the actuals grid in full: value, real growth (money levels at
 * current prices), source, status and note. "写入" writes them as one undoable edit;
 * a refused field is said beside the form and what was typed stays in the fields.
 */
import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_STATUSES, readTypedFigure, STATUS_LABELS, takesRealGrowth, type ActualsBatch } from '../../models/plan/actuals-input';
import type { ActualValue, DataStatus, Indicator, Plan } from '../../models/plan/plan-schema';
import { unitInfo } from '../../models/numbers/units';
import { fractionToPercent } from '../../models/numbers/percent-scale';
import { editText } from './grid-layout';

export interface CellEditorProps {
  plan: Plan;
  indicator: Indicator;
  year: number;
  actual: ActualValue | undefined;
  lang: 'zh' | 'en';
  onApply(batch: ActualsBatch): number;
}

export function CellEditor({ plan, indicator, year, actual, lang, onApply }: CellEditorProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(editText(actual?.value));
  const [growth, setGrowth] = useState(actual?.realGrowth === undefined ? '' : editText(fractionToPercent(actual.realGrowth)));
  const [source, setSource] = useState(actual?.source ?? '');
  const [status, setStatus] = useState<DataStatus>(actual?.status ?? 'reported');
  const [note, setNote] = useState(actual?.note ?? '');
  const money = takesRealGrowth(indicator);
  const statuses: DataStatus[] = ENTRY_STATUSES.includes(status as (typeof ENTRY_STATUSES)[number]) ? [...ENTRY_STATUSES] : [...ENTRY_STATUSES, status];

  const write = () => {
    onApply(readTypedFigure(plan, { indicator: indicator.id, year, value, realGrowth: money ? growth : '', source, status, note }, { source: t('actuals.typedSource'), status }));
  };
  const remove = () => onApply(readTypedFigure(plan, { indicator: indicator.id, year, value: '' }, { source: '', status }));
  const onEnter = { onPressEnter: write };
  const unit = unitInfo(indicator.unit)[lang];

  return (
    <section className="actuals-editor" aria-label={t('actuals.editorTitle', { indicator: indicator.name[lang], year })} data-testid="actuals-editor">
      <h4 className="actuals-editor-title">{t('actuals.editorTitle', { indicator: indicator.name[lang], year })}</h4>
      <div className="actuals-editor-fields">
        <label className="form-field">
          <span>
            {t('actuals.value')}
            {unit ? `（${unit}）` : ''}
          </span>
          <Input value={value} onChange={(e) => setValue(e.target.value)} {...onEnter} data-testid="actuals-edit-value" />
        </label>
        {money ? (
          <label className="form-field">
            <span>{t('actuals.realGrowth')}</span>
            <Input value={growth} onChange={(e) => setGrowth(e.target.value)} suffix="%" {...onEnter} data-testid="actuals-edit-growth" />
          </label>
        ) : null}
        <label className="form-field wide">
          <span>{t('actuals.source')}</span>
          <Input value={source} maxLength={1000} placeholder={t('actuals.typedSource')} onChange={(e) => setSource(e.target.value)} {...onEnter} data-testid="actuals-edit-source" />
        </label>
        <label className="form-field">
          <span>{t('actuals.status')}</span>
          <Select<DataStatus>
            value={status}
            onChange={setStatus}
            options={statuses.map((s) => ({ value: s, label: STATUS_LABELS[s][lang] }))}
            data-testid="actuals-edit-status"
            popupMatchSelectWidth={false}
          />
        </label>
        <label className="form-field wide">
          <span>{t('actuals.note')}</span>
          <Input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} {...onEnter} data-testid="actuals-edit-note" />
        </label>
        <div className="actuals-editor-buttons">
          <Button type="primary" onClick={write} data-testid="actuals-edit-apply">
            {t('actuals.write')}
          </Button>
          <Button danger disabled={actual === undefined} onClick={remove} data-testid="actuals-edit-remove">
            {t('actuals.remove')}
          </Button>
        </div>
      </div>
    </section>
  );
}
