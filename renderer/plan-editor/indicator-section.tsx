/**
 * Indicators: a list on the left, the chosen one's fields on the right (id, names,
 * unit, kind, price basis and index, base value with source and status, formula).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as edit from '../../models/plan/plan-edit';
import { dataStatus, indicatorKind, priceBasis, priceIndexKind, type DataStatus, type IndicatorKind, type PriceBasis, type PriceIndexKind } from '../../models/plan/plan-schema';
import { unitRegistry } from '../../models/numbers/unit-registry';
import { formatMessage } from '../../models/plan/validation-messages';
import { takeBaseFromReported } from '../../models/plan/base-from-reported';
import { BaseFromReportedButton } from '../base-values/base-from-reported-button';
import { useMcResults, useMcResultsStore } from '../store/mc-results';
import { CustomUnitButton } from './custom-unit';
import { FieldShell, fieldTestId, NumberText, SelectField, TextField } from './fields';
import { ItemList } from './item-list';
import { usePlanDraft } from './use-plan-draft';

export function IndicatorSection() {
  const { t } = useTranslation();
  const { draft, lang, edit: apply } = usePlanDraft();
  const [index, setIndex] = useState(0);
  const at = Math.min(index, draft.indicators.length - 1);
  const ind = draft.indicators[at];
  // An indicator asked for from outside (the base-values notice): chosen, its base value field focused.
  const results = useMcResultsStore();
  const asked = useMcResults((s) => s.editorIndicator);
  const root = useRef<HTMLDivElement>(null);
  /** The index whose base value field takes focus once it is shown. */
  const focusBase = useRef<number | null>(null);
  useEffect(() => {
    if (asked === null) return;
    results.getState().clearEditorIndicator();
    const i = draft.indicators.findIndex((x) => x.id === asked);
    if (i < 0) return;
    focusBase.current = i;
    setIndex(i);
  }, [asked, draft.indicators, results]);
  useEffect(() => {
    if (focusBase.current !== at) return;
    focusBase.current = null;
    root.current?.querySelector<HTMLInputElement>(`[data-testid="${fieldTestId(`indicators[${at}].base.value`)}"]`)?.focus();
  }, [at, asked]);
  return (
    <div className="pe-master-detail" data-testid="pe-indicators" ref={root}>
      <div className="pe-master">
        <ItemList
          label={t('planEditor.indicators')}
          items={draft.indicators.map((x, i) => ({ key: String(i), title: x.name[lang], sub: x.id }))}
          selected={at}
          onSelect={setIndex}
          testId="pe-indicator-list"
        />
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid="pe-add-indicator"
          onClick={() => {
            apply((p) => edit.addIndicator(p).plan);
            setIndex(draft.indicators.length);
          }}
        >
          {t('planEditor.addIndicator')}
        </Button>
      </div>
      {ind === undefined ? null : <IndicatorDetail key={at} index={at} onRemoved={() => setIndex(Math.max(0, at - 1))} />}
    </div>
  );
}

function IndicatorDetail({ index, onRemoved }: { index: number; onRemoved(): void }) {
  const { t } = useTranslation();
  const { draft, lang, edit: apply } = usePlanDraft();
  const ind = draft.indicators[index];
  if (ind === undefined) return null;
  const path = `indicators[${index}]`;
  const id = ind.id;
  const units = [...unitRegistry(draft.units ?? []).values()];
  const users = edit.indicatorUsers(draft, id);
  const others = draft.indicators.filter((x) => x.id !== id && x.kind !== 'derived').map((x) => x.id);
  return (
    <div className="pe-detail" data-testid="pe-indicator-detail">
      <div className="pe-detail-head">
        <h3 className="pe-subtitle">{ind.name[lang]}</h3>
        <Popconfirm
          title={t('planEditor.removeIndicatorTitle', { name: ind.name[lang] })}
          description={users.targets.length > 0 ? t('planEditor.removeIndicatorTargets', { count: users.targets.length }) : undefined}
          okText={t('planEditor.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => {
            apply((p) => edit.removeIndicator(p, id));
            onRemoved();
          }}
        >
          <Button size="small" danger icon={<DeleteOutlined />} data-testid="pe-remove-indicator">
            {t('planEditor.removeIndicator')}
          </Button>
        </Popconfirm>
      </div>
      {users.formulas.length + users.links.length > 0 ? (
        <div className="pe-hint">{t('planEditor.usedBy', { list: [...users.formulas, ...users.links].join('、') })}</div>
      ) : null}
      <div className="pe-grid">
        <IdField index={index} value={id} />
        <TextField label={t('planEditor.nameZh')} path={`${path}.name.zh`} value={ind.name.zh} onText={(v, g) => apply((p) => edit.setIndicatorName(p, id, 'zh', v), g)} />
        <TextField label={t('planEditor.nameEn')} path={`${path}.name.en`} value={ind.name.en} onText={(v, g) => apply((p) => edit.setIndicatorName(p, id, 'en', v), g)} />
        <div className="pe-unit">
          <SelectField<string>
            label={t('planEditor.unit')}
            path={`${path}.unit`}
            value={ind.unit}
            showSearch
            options={units.map((u) => ({ value: u.id, title: `${u.id} ${u.en}`, label: u.zh === '' || u.zh === u.en ? u.id : `${u.zh}（${u.en}）` }))}
            onSelect={(v) => v !== undefined && apply((p) => edit.setIndicatorUnit(p, id, v))}
          />
          <CustomUnitButton onDefined={(unit) => apply((p) => edit.setIndicatorUnit(edit.setCustomUnit(p, unit), id, unit.id))} />
        </div>
        <SelectField<IndicatorKind>
          label={t('planEditor.kind')}
          path={`${path}.kind`}
          value={ind.kind}
          hint={t(`planEditor.kindHint.${ind.kind}`)}
          options={indicatorKind.options.map((k) => ({ value: k, label: t(`planEditor.kinds.${k}`) }))}
          onSelect={(v) => v !== undefined && apply((p) => edit.setIndicatorKind(p, id, v))}
        />
        <SelectField<PriceBasis>
          label={t('planEditor.basis')}
          path={`${path}.basis`}
          value={ind.basis}
          options={priceBasis.options.map((k) => ({ value: k, label: t(`planEditor.bases.${k}`) }))}
          onSelect={(v) => v !== undefined && apply((p) => edit.setIndicatorBasis(p, id, v))}
        />
        {ind.basis === 'nominal' ? (
          <SelectField<PriceIndexKind>
            label={t('planEditor.priceIndex')}
            path={`${path}.priceIndex`}
            value={ind.priceIndex}
            allowClear
            placeholder={t('planEditor.priceIndexDefault')}
            options={priceIndexKind.options.map((k) => ({ value: k, label: t(`planEditor.priceIndexes.${k}`) }))}
            onSelect={(v) => apply((p) => edit.setPriceIndex(p, id, v))}
          />
        ) : null}
      </div>
      {ind.kind === 'derived' ? (
        <div className="pe-grid">
          <TextField
            label={t('planEditor.formula')}
            path={`${path}.formula`}
            value={ind.formula ?? ''}
            wide
            hint={t('planEditor.formulaHint', { ids: others.join(', ') })}
            onText={(v, g) => apply((p) => edit.setFormula(p, id, v), g)}
          />
        </div>
      ) : (
        <>
          <h4 className="pe-subtitle">{t('planEditor.base', { year: draft.baseYear })}</h4>
          <div className="pe-grid">
            <NumberText
              label={t('planEditor.baseValue')}
              path={`${path}.base.value`}
              value={ind.base?.value ?? null}
              nullable
              hint={t('planEditor.baseValueHint')}
              onValue={(v, g) => apply((p) => edit.setBase(p, id, { value: v }), g)}
            />
            <SelectField<DataStatus>
              label={t('planEditor.status')}
              path={`${path}.base.status`}
              value={ind.base?.status}
              options={dataStatus.options.map((k) => ({ value: k, label: t(`planEditor.statuses.${k}`) }))}
              onSelect={(v) => v !== undefined && apply((p) => edit.setBase(p, id, { status: v }))}
            />
            <TextField
              label={t('planEditor.source')}
              path={`${path}.base.source`}
              value={ind.base?.source ?? ''}
              multiline
              onText={(v, g) => apply((p) => edit.setBase(p, id, { source: v }), g)}
            />
          </div>
          <BaseFromReportedButton plan={draft} indicator={id} lang={lang} onTake={(x) => apply((p) => takeBaseFromReported(p, x))} />
        </>
      )}
    </div>
  );
}

/** The id: applied only when it can be taken, so every reference follows it (what is typed stays, with the reason). */
function IdField({ index, value }: { index: number; value: string }) {
  const { t } = useTranslation();
  const { draft, lang, edit: apply, endGesture } = usePlanDraft();
  const [text, setText] = useState<string | null>(null);
  const path = `indicators[${index}].id`;
  const problem = text === null ? null : edit.indicatorIdProblem(draft, index, text);
  const local = problem === null ? null : formatMessage(lang, problem.code, problem.params);
  return (
    <FieldShell label={t('planEditor.id')} path={path} localError={local} hint={t('planEditor.idHint')}>
      {({ id, status, describedBy }) => (
        <Input
          id={id}
          value={text ?? value}
          status={status}
          aria-describedby={describedBy}
          data-testid={fieldTestId(path)}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            if (edit.indicatorIdProblem(draft, index, next) === null) apply((p) => edit.renameIndicatorId(p, p.indicators[index]?.id ?? value, next), path);
          }}
          onBlur={() => {
            if (problem === null) setText(null);
            endGesture();
          }}
        />
      )}
    </FieldShell>
  );
}
