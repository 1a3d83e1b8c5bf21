/**
 * The uncertainty of the selected scenario: per uncertain indicator a standard
 * deviation, a persistence and a correlation with GDP; the number of paths and the
 * seed. Every change is one undoable step in the workspace store.
 */
import { DeleteOutlined, QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRate } from '../../models/numbers/format';
import { DEFLATOR } from '../../models/uncertainty/monte-carlo-types';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import {
  defaultSd,
  leadIndicator,
  MAX_INPUT_RUNS,
  MAX_INPUT_SEED,
  MAX_PERSISTENCE,
  MIN_INPUT_RUNS,
  newShockInput,
  shockableIds,
  shockKind,
  type ShockInput,
  type ShockKind,
  type UncertaintyInputs,
} from '../../models/uncertainty/uncertainty-inputs';
import { scaleToShown, scaleToStored } from '../../models/numbers/percent-scale';
import { NumberField } from '../components/number-field';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { inputsOf } from '../store/uncertainty-slice';

/** Shown = stored × scale; the range a typed sd must fall in (shown units). */
const SD_FIELD: Record<ShockKind, { scale: number; max: number }> = {
  level: { scale: 100, max: 50 },
  deflator: { scale: 100, max: 50 },
  flow: { scale: 100, max: 50 },
  share: { scale: 1, max: 20 },
};

/** "Gross domestic product (GDP)" → "GDP": the abbreviation a name ends with, where it has one. */
export function shortName(name: string): string {
  return name.match(/\(([A-Z][A-Za-z]{1,5})\)\s*$/)?.[1] ?? name;
}

/** Names of indicators (short where they have an abbreviation) and of the deflator. */
export function useIndicatorName(plan: Plan): (id: string) => string {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  return (id) => (id === DEFLATOR ? t('uncertainty.deflator') : shortName(plan.indicators.find((i) => i.id === id)?.name[lang] ?? id));
}

/** A random seed for "new seed" (any unsigned 32-bit integer). */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] as number;
}

export function UncertaintySettings({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const inputs = useWorkspace((s) => inputsOf(s.uncertainty, plan, scenario.id));
  const nameOf = useIndicatorName(plan);
  const lead = leadIndicator(plan);
  const leadShocked = inputs.shocks.some((s) => s.indicator === lead);
  const leadName = lead === null ? '' : nameOf(lead);
  const [adding, setAdding] = useState('');

  const update = (next: Partial<UncertaintyInputs>) => store.getState().setUncertainty(scenario.id, { ...inputs, ...next });
  const updateRow = (i: number, row: Partial<ShockInput>) =>
    update({ shocks: inputs.shocks.map((s, k) => (k === i ? { ...s, ...row } : s)) });
  const available = shockableIds(plan).filter((id) => !inputs.shocks.some((s) => s.indicator === id));
  const toAdd = available.includes(adding) ? adding : (available[0] ?? '');

  return (
    <div className="unc-settings">
      <table className="unc-shocks">
        <thead>
          <tr>
            <th scope="col">{t('uncertainty.indicator')}</th>
            <th scope="col">
              {t('uncertainty.sd')}{' '}
              <Tooltip title={t('uncertainty.sdTip')}>
                <QuestionCircleOutlined className="unc-help" aria-label={t('uncertainty.sdTip')} tabIndex={0} />
              </Tooltip>
            </th>
            <th scope="col">
              {t('uncertainty.rho')}{' '}
              <Tooltip title={t('uncertainty.rhoTip')}>
                <QuestionCircleOutlined className="unc-help" aria-label={t('uncertainty.rhoTip')} tabIndex={0} />
              </Tooltip>
            </th>
            <th scope="col">
              {t('uncertainty.corr', { lead: leadName })}{' '}
              <Tooltip title={t('uncertainty.corrTip', { lead: leadName })}>
                <QuestionCircleOutlined className="unc-help" aria-label={t('uncertainty.corrTip', { lead: leadName })} tabIndex={0} />
              </Tooltip>
            </th>
            <th scope="col">
              <span className="sr-only">{t('uncertainty.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {inputs.shocks.map((row, i) => {
            const kind = shockKind(plan, row.indicator);
            if (kind === null) return null;
            const field = SD_FIELD[kind];
            const name = nameOf(row.indicator);
            return (
              <ShockRow
                key={row.indicator}
                plan={plan}
                row={row}
                kind={kind}
                name={name}
                field={field}
                isLead={row.indicator === lead}
                leadShocked={leadShocked}
                leadName={leadName}
                onChange={(r) => updateRow(i, r)}
                onRemove={() => update({ shocks: inputs.shocks.filter((_, k) => k !== i) })}
              />
            );
          })}
          {inputs.shocks.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                {t('uncertainty.noShocks')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {available.length > 0 ? (
        <div className="unc-add">
          <label className="sr-only" htmlFor="unc-add-select">
            {t('uncertainty.addLabel')}
          </label>
          <select id="unc-add-select" className="native-select" value={toAdd} onChange={(e) => setAdding(e.target.value)} data-testid="mc-add-select">
            {available.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
          <Button size="small" onClick={() => toAdd && update({ shocks: [...inputs.shocks, newShockInput(plan, toAdd)] })} data-testid="mc-add">
            {t('uncertainty.add')}
          </Button>
        </div>
      ) : null}
      <div className="unc-run-fields">
        <label className="unc-field">
          <span>{t('uncertainty.runs')}</span>
          <NumberField
            value={inputs.runs}
            min={MIN_INPUT_RUNS}
            max={MAX_INPUT_RUNS}
            step={1000}
            decimals={0}
            onCommit={(v) => update({ runs: Math.round(v) })}
            ariaLabel={t('uncertainty.runs')}
            testId="mc-runs"
            width={96}
          />
        </label>
        <label className="unc-field">
          <span>{t('uncertainty.seed')}</span>
          <NumberField
            value={inputs.seed}
            min={0}
            max={MAX_INPUT_SEED}
            step={1}
            decimals={0}
            onCommit={(v) => update({ seed: Math.round(v) })}
            ariaLabel={t('uncertainty.seed')}
            testId="mc-seed"
            width={112}
          />
        </label>
        <Button size="small" icon={<ReloadOutlined />} onClick={() => update({ seed: randomSeed() })} data-testid="mc-new-seed">
          {t('uncertainty.newSeed')}
        </Button>
      </div>
    </div>
  );
}

interface ShockRowProps {
  plan: Plan;
  row: ShockInput;
  kind: ShockKind;
  name: string;
  field: { scale: number; max: number };
  isLead: boolean;
  leadShocked: boolean;
  leadName: string;
  onChange(row: Partial<ShockInput>): void;
  onRemove(): void;
}

function ShockRow({ plan, row, kind, name, field, isLead, leadShocked, leadName, onChange, onRemove }: ShockRowProps) {
  const { t } = useTranslation();
  const d = defaultSd(plan, row.indicator);
  const cal = d.calibration;
  const unit = t(`uncertainty.sdUnit.${kind}`);
  const calibrated = d.from === 'actuals' && cal !== null && cal.years.length > 0;
  const differs = Math.abs(row.sd - d.sd) > 1e-12;
  const years = cal?.years ?? [];
  return (
    <>
      <tr data-testid={`mc-shock-${row.indicator}`}>
        <th scope="row" className="unc-name" title={name}>
          {name}
        </th>
        <td>
          <span className="unc-sd">
            <NumberField
              value={scaleToShown(row.sd, field.scale)}
              min={0}
              max={field.max}
              step={0.1}
              decimals={2}
              onCommit={(v) => onChange({ sd: scaleToStored(v, field.scale) })}
              ariaLabel={`${name} ${t('uncertainty.sd')} (${unit})`}
              testId={`mc-sd-${row.indicator}`}
              width={74}
            />
            <span className="unc-unit">{unit}</span>
          </span>
        </td>
        <td>
          <NumberField
            value={row.rho}
            min={-MAX_PERSISTENCE}
            max={MAX_PERSISTENCE}
            step={0.1}
            decimals={2}
            onCommit={(v) => onChange({ rho: v })}
            ariaLabel={`${name} ${t('uncertainty.rho')}`}
            testId={`mc-rho-${row.indicator}`}
            width={64}
          />
        </td>
        <td>
          {isLead || !leadShocked ? (
            <span className="muted" title={isLead ? undefined : t('uncertainty.corrNeedsLead', { lead: leadName })}>
              —
            </span>
          ) : (
            <NumberField
              value={row.corr}
              min={-1}
              max={1}
              step={0.1}
              decimals={2}
              onCommit={(v) => onChange({ corr: v })}
              ariaLabel={`${name} ${t('uncertainty.corr', { lead: leadName })}`}
              testId={`mc-corr-${row.indicator}`}
              width={64}
            />
          )}
        </td>
        <td>
          <Tooltip title={t('uncertainty.remove', { name })}>
            <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('uncertainty.remove', { name })} onClick={onRemove} data-testid={`mc-remove-${row.indicator}`} />
          </Tooltip>
        </td>
      </tr>
      <tr className="unc-note-row">
        <td colSpan={5} className="unc-note" data-testid={`mc-calibration-${row.indicator}`}>
          {calibrated ? (
            <>
              <Tooltip
                title={t('uncertainty.calibratedTip', {
                  years: years.join(t('uncertainty.listSep')),
                  sdLog: formatRate(cal.sdLog, 2),
                  sd: formatRate(cal.sd, 2),
                })}
              >
                <span className="unc-calibrated" tabIndex={0}>
                  {t('uncertainty.calibrated', { from: years[0], to: years[years.length - 1], count: cal.count, value: formatRate(d.sd, 2) })}
                </span>
              </Tooltip>
              {differs ? (
                <Button size="small" type="link" className="unc-link" onClick={() => onChange({ sd: d.sd })}>
                  {t('uncertainty.useCalibrated', { value: formatRate(d.sd, 2) })}
                </Button>
              ) : null}
            </>
          ) : (
            <span>{t('uncertainty.fallback', { value: formatNumber(d.sd * field.scale, 2), unit })}</span>
          )}
        </td>
      </tr>
    </>
  );
}
