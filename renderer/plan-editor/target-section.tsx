/**
 * Targets: a list on the left, the chosen one's fields on the right (indicator, year or
 * period, word of comparison, threshold / growth / multiple, the plan's sentence and
 * section); a dialog adds one.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARISON_WORDS } from '../../models/targets/comparison-words';
import { formatRate } from '../../models/numbers/format';
import { PERCENT_FIELD, PLAIN_FIELD, percentToFraction } from '../../models/numbers/percent-scale';
import * as edit from '../../models/plan/plan-edit';
import { messagesAt } from '../../models/plan/plan-field-issues';
import { IN_STEP_DEFAULT_TOLERANCE, type Plan, type Target, type TargetBinding } from '../../models/plan/plan-schema';
import { checkNumberText } from '../components/number-field';
import { setTargetBinding } from '../../models/plan/target-binding';
import { setTargetHeadline } from '../../models/targets/headline';
import { NumberText, SelectField, SwitchField, TextField } from './fields';
import { ItemList } from './item-list';
import { usePlanDraft } from './use-plan-draft';

const TYPES: edit.TargetType[] = ['threshold', 'average-growth', 'multiple', 'cumulative', 'in-step'];

export function TargetSection() {
  const { t } = useTranslation();
  const { draft, lang, issues, edit: apply } = usePlanDraft();
  const [index, setIndex] = useState(0);
  const [adding, setAdding] = useState(false);
  const at = Math.min(index, draft.targets.length - 1);
  const names = new Map(draft.indicators.map((i) => [i.id, i.name[lang]]));
  return (
    <div className="pe-master-detail" data-testid="pe-targets">
      <div className="pe-master">
        <ItemList
          label={t('planEditor.targets')}
          items={draft.targets.map((x, i) => ({
            key: String(i),
            title: x.label?.[lang] ?? `${names.get(x.indicator) ?? x.indicator} ${whenOf(x)}`,
            sub: x.id,
            ...(messagesAt(issues.errors, `targets[${i}]`).length > 0
              ? { flag: 'error' as const }
              : messagesAt(issues.warnings, `targets[${i}]`).length > 0
                ? { flag: 'warning' as const }
                : {}),
          }))}
          selected={at}
          onSelect={setIndex}
          testId="pe-target-list"
        />
        {draft.targets.length === 0 ? <div className="pe-hint">{t('planEditor.noTargets')}</div> : null}
        <Button size="small" icon={<PlusOutlined />} data-testid="pe-add-target" onClick={() => setAdding(true)}>
          {t('planEditor.addTarget')}
        </Button>
      </div>
      {at >= 0 ? <TargetDetail key={at} index={at} onRemoved={() => setIndex(Math.max(0, at - 1))} /> : <div className="pe-detail" />}
      <AddTargetDialog
        open={adding}
        plan={draft}
        onClose={() => setAdding(false)}
        onAdd={(spec) => {
          apply((p) => edit.addTarget(p, spec).plan);
          setIndex(draft.targets.length);
          setAdding(false);
        }}
      />
    </div>
  );
}

/** The years a target covers: growth is over (from, to], so 2025→2030 reads 2026–2030; a sum is over [from, to]. */
function whenOf(x: Target): string {
  if (x.type === 'threshold' || x.type === 'multiple') return String(x.year);
  return `${x.type === 'average-growth' || x.type === 'in-step' ? x.from + 1 : x.from}–${x.to}`;
}

const wordOptions = () => [
  ...COMPARISON_WORDS.map((r) => ({ value: r.word, label: `${r.word}（${r.comparison}${r.band ? ' ±' : ''}）`, title: r.word })),
  { value: edit.PLAIN_COMPARISON_WORDS['<'], label: `${edit.PLAIN_COMPARISON_WORDS['<']}（<）`, title: edit.PLAIN_COMPARISON_WORDS['<'] },
];

function TargetDetail({ index, onRemoved }: { index: number; onRemoved(): void }) {
  const { t } = useTranslation();
  const { draft, lang, edit: apply } = usePlanDraft();
  const target = draft.targets[index];
  if (target === undefined) return null;
  const path = `targets[${index}]`;
  const id = target.id;
  const num = (v: number | null) => v ?? Number.NaN;
  const set = (patch: edit.TargetPatch, g?: string) => apply((p) => edit.setTarget(p, id, patch), g);
  const reading = COMPARISON_WORDS.find((r) => r.word === edit.comparisonWordOf(target))?.reading[lang];
  const basisOptions = [
    { value: 'real' as const, label: t('planEditor.bases.real') },
    { value: 'nominal' as const, label: t('planEditor.bases.nominal') },
  ];
  return (
    <div className="pe-detail" data-testid="pe-target-detail">
      <div className="pe-detail-head">
        <h3 className="pe-subtitle">
          {target.id} <Tag>{t(`planEditor.types.${target.type}`)}</Tag>
        </h3>
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          data-testid="pe-remove-target"
          onClick={() => {
            apply((p) => edit.removeTarget(p, id));
            onRemoved();
          }}
        >
          {t('planEditor.removeTarget')}
        </Button>
      </div>
      <div className="pe-grid">
        <TextField label={t('planEditor.targetId')} path={`${path}.id`} value={target.id} onText={(v, g) => set({ id: v }, g)} />
        <SelectField<string>
          label={t('planEditor.indicator')}
          path={`${path}.indicator`}
          value={target.indicator}
          showSearch
          options={draft.indicators.map((i) => ({ value: i.id, label: i.name[lang], title: `${i.name.zh} ${i.name.en} ${i.id}` }))}
          onSelect={(v) => v !== undefined && set({ indicator: v })}
        />
        <SelectField<string>
          label={t('planEditor.period')}
          path={`${path}.period`}
          value={edit.targetPeriod(draft, target)}
          placeholder={t('planEditor.periodNone')}
          options={draft.periods.map((p) => ({ value: p.id, label: `${p.name[lang]}（${p.start}–${p.end}）` }))}
          onSelect={(v) => v !== undefined && apply((p) => edit.setTargetPeriod(p, id, v))}
        />
        {target.type === 'threshold' || target.type === 'multiple' ? (
          <NumberText label={t('planEditor.year')} path={`${path}.year`} value={target.year} onValue={(v, g) => set({ year: num(v) }, g)} />
        ) : (
          <>
            <NumberText
              label={t(target.type === 'average-growth' || target.type === 'in-step' ? 'planEditor.fromGrowth' : 'planEditor.from')}
              path={`${path}.from`}
              value={target.from}
              onValue={(v, g) => set({ from: num(v) }, g)}
            />
            <NumberText label={t('planEditor.to')} path={`${path}.to`} value={target.to} onValue={(v, g) => set({ to: num(v) }, g)} />
          </>
        )}
        {target.type === 'multiple' ? (
          <>
            <NumberText label={t('planEditor.ofYear')} path={`${path}.ofYear`} value={target.ofYear} onValue={(v, g) => set({ ofYear: num(v) }, g)} />
            <NumberText label={t('planEditor.factor')} path={`${path}.factor`} value={target.factor} hint={t('planEditor.factorHint')} onValue={(v, g) => set({ factor: num(v) }, g)} />
          </>
        ) : null}
        {target.type === 'in-step' ? (
          <SelectField<string>
            label={t('planEditor.reference')}
            path={`${path}.reference`}
            value={target.reference}
            showSearch
            hint={t('planEditor.referenceHint')}
            options={draft.indicators.filter((i) => i.id !== target.indicator).map((i) => ({ value: i.id, label: i.name[lang], title: `${i.name.zh} ${i.name.en} ${i.id}` }))}
            onSelect={(v) => v !== undefined && set({ reference: v })}
          />
        ) : null}
        {target.type === 'in-step' ? null : <SelectField<string>
          label={t('planEditor.comparison')}
          path={`${path}.comparison`}
          value={edit.comparisonWordOf(target)}
          hint={reading}
          options={wordOptions()}
          onSelect={(v) => v !== undefined && apply((p) => edit.setComparisonWord(p, id, v))}
        />}
        {target.type === 'multiple' || target.type === 'in-step' ? null : (
          <NumberText
            label={t(target.type === 'average-growth' ? 'planEditor.growth' : 'planEditor.threshold')}
            path={`${path}.value`}
            value={target.value}
            hint={target.type === 'average-growth' ? t('planEditor.growthHint', { rate: formatRate(target.value, 2) }) : undefined}
            scale={target.type === 'average-growth' ? PERCENT_FIELD : PLAIN_FIELD}
            onValue={(v, g) => set({ value: num(v) }, g)}
          />
        )}
        {target.type === 'average-growth' || target.type === 'threshold' || target.type === 'in-step' ? (
          <NumberText
            label={t('planEditor.tolerance')}
            path={`${path}.tolerance`}
            value={target.tolerance ?? null}
            nullable
            scale={target.type === 'threshold' ? PLAIN_FIELD : PERCENT_FIELD}
            hint={t(target.type === 'threshold' ? 'planEditor.toleranceLevelHint' : target.type === 'in-step' ? 'planEditor.inStepToleranceHint' : 'planEditor.toleranceHint')}
            onValue={(v, g) => set({ tolerance: v ?? undefined }, g)}
          />
        ) : null}
        <SelectField<TargetBinding>
          label={t('binding.label')}
          path={`${path}.binding`}
          value={target.binding}
          hint={t('binding.hint')}
          allowClear
          placeholder={t('binding.unmarked')}
          options={[
            { value: 'binding', label: t('binding.binding') },
            { value: 'expected', label: t('binding.expected') },
          ]}
          onSelect={(v) => apply((p) => setTargetBinding(p, id, v))}
        />
        <SwitchField
          label={t('headline.editorLabel')}
          path={`${path}.headline`}
          value={target.headline === true}
          hint={t('headline.editorHint')}
          onChange={(v) => apply((p) => setTargetHeadline(p, id, v))}
        />
        {target.type === 'cumulative' ? null : (
          <SelectField<'real' | 'nominal'>
            label={t('planEditor.targetBasis')}
            path={`${path}.basis`}
            value={target.basis}
            options={basisOptions}
            onSelect={(v) => v !== undefined && set({ basis: v })}
          />
        )}
      </div>
      <div className="pe-grid">
        <TextField label={t('planEditor.sentence')} path={`${path}.sentence`} value={target.sentence} multiline onText={(v, g) => set({ sentence: v }, g)} />
        <TextField label={t('planEditor.section')} path={`${path}.section`} value={target.section} wide onText={(v, g) => set({ section: v }, g)} />
      </div>
    </div>
  );
}

function AddTargetDialog({ open, plan, onClose, onAdd }: { open: boolean; plan: Plan; onClose(): void; onAdd(spec: edit.NewTarget): void }) {
  const { t } = useTranslation();
  const lang = usePlanDraft().lang;
  const [indicator, setIndicator] = useState<string | undefined>(undefined);
  const [type, setType] = useState<edit.TargetType>('threshold');
  const [period, setPeriod] = useState<string | undefined>(plan.periods[0]?.id);
  const [valueText, setValueText] = useState('');
  const [reference, setReference] = useState<string | undefined>(undefined);
  // 基本同步: an empty tolerance takes the default, 0.5 percentage point.
  const value = type === 'in-step' && valueText.trim() === '' ? checkNumberText(String(IN_STEP_DEFAULT_TOLERANCE * 100), 0, 10) : checkNumberText(valueText, -Infinity, Infinity);
  const ready = indicator !== undefined && value.kind === 'ok';
  const submit = () => {
    if (!ready || value.kind !== 'ok') return;
    const p = plan.periods.find((x) => x.id === period);
    // A growth is typed in percent, as written (5 is 5%); the file keeps the fraction.
    // In step: the value is the tolerance, in percentage points (0.5), kept as a fraction.
    const asFraction = type === 'average-growth' || type === 'in-step';
    onAdd({ indicator, type, value: asFraction ? percentToFraction(value.value) : value.value, ...(period === undefined ? {} : { period }), ...(p && (type === 'threshold' || type === 'multiple') ? { year: p.end } : {}), ...(type === 'in-step' ? { reference: reference ?? edit.defaultInStepReference(plan, indicator) } : {}) });
    setValueText('');
  };
  const valueLabel = type === 'average-growth' ? t('planEditor.growth') : type === 'multiple' ? t('planEditor.factor') : type === 'in-step' ? t('planEditor.inStepTolerance') : t('planEditor.threshold');
  return (
    <Modal
      open={open}
      title={t('planEditor.addTarget')}
      okText={t('planEditor.add')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !ready, 'data-testid': 'pe-add-target-ok' }}
      onCancel={onClose}
      onOk={submit}
    >
      <div className="pe-modal-grid">
        <label htmlFor="pe-new-indicator">{t('planEditor.indicator')}</label>
        <Select<string>
          id="pe-new-indicator"
          data-testid="pe-new-indicator"
          value={indicator}
          showSearch={{ optionFilterProp: 'title' }}
          placeholder={t('planEditor.chooseIndicator')}
          options={plan.indicators.map((i) => ({ value: i.id, label: i.name[lang], title: `${i.name.zh} ${i.name.en} ${i.id}` }))}
          onChange={setIndicator}
        />
        <label htmlFor="pe-new-type">{t('planEditor.type')}</label>
        <Select<edit.TargetType> id="pe-new-type" data-testid="pe-new-type" value={type} options={TYPES.map((x) => ({ value: x, label: t(`planEditor.types.${x}`) }))} onChange={setType} />
        <label htmlFor="pe-new-period">{t('planEditor.period')}</label>
        <Select<string>
          id="pe-new-period"
          data-testid="pe-new-period"
          value={period}
          options={plan.periods.map((p) => ({ value: p.id, label: `${p.name[lang]}（${p.start}–${p.end}）` }))}
          onChange={setPeriod}
        />
        {type === 'in-step' ? (
          <>
            <label htmlFor="pe-new-reference">{t('planEditor.reference')}</label>
            <Select<string>
              id="pe-new-reference"
              data-testid="pe-new-reference"
              value={reference ?? (indicator === undefined ? undefined : edit.defaultInStepReference(plan, indicator))}
              showSearch={{ optionFilterProp: 'title' }}
              options={plan.indicators.filter((i) => i.id !== indicator).map((i) => ({ value: i.id, label: i.name[lang], title: `${i.name.zh} ${i.name.en} ${i.id}` }))}
              onChange={setReference}
            />
          </>
        ) : null}
        <label htmlFor="pe-new-value">{valueLabel}</label>
        <Input id="pe-new-value" data-testid="pe-new-value" value={valueText} inputMode="decimal" onChange={(e) => setValueText(e.target.value)} onPressEnter={submit} />
      </div>
      {valueText !== '' && value.kind === 'not-number' ? <div className="pe-error">{t('planEditor.notNumber', { text: valueText.slice(0, 20) })}</div> : null}
      <div className="pe-hint">{t(`planEditor.typeHint.${type}`)}</div>
    </Modal>
  );
}
