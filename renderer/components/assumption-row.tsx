import { LinkOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Slider, Tag, Tooltip } from 'antd';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSUMPTION_FIELD_DECIMALS } from '../../models/numbers/display-precision';
import { formatNumber } from '../../models/numbers/format';
import { scaleToShown, scaleToStored } from '../../models/numbers/percent-scale';
import type { Span, SpanEntry } from '../../models/engine/period-assumptions';
import { useWorkspaceStore } from '../store/store-context';
import type { FieldSpec } from './assumption-spec';
import { NumberField } from './number-field';
import { useEditGuard } from './use-edit-guard';

export interface AssumptionRowProps {
  scenarioId: string;
  /** Indicator id or DEFLATOR. */
  assumptionKey: string;
  /** For test ids: the indicator id, or "deflator". */
  testKey: string;
  label: string;
  span: Span;
  spanLabel: string;
  entry: SpanEntry;
  spec: FieldSpec;
  unitText: string;
  /** Name of the indicator a linked entry follows. */
  linkName?: string;
  /** The growth a linked entry gives now (fraction), for "unlink". */
  linkedValue?: number;
  /** True when the span differs from the stored scenario. */
  changed: boolean;
  canReset: boolean;
}

function AssumptionRowImpl(p: AssumptionRowProps) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const guard = useEditGuard();
  const id = `assumption-${p.testKey}-${p.span.id}`;
  const fieldLabel = `${p.label} ${p.spanLabel}`;

  const write = (shown: number, via: 'slider' | 'input') =>
    guard(p.scenarioId, (target) => {
      store.getState().setSpan(target, p.assumptionKey, p.span, { value: scaleToStored(shown, p.spec.scale) }, `${target}:${id}:${via}`);
    });
  const done = () => store.getState().endGesture();
  // Through refs, so that the memoized buttons below call the handlers of the latest props.
  const reset = useRef(() => {});
  reset.current = () => guard(p.scenarioId, (target) => void store.getState().resetSpan(target, p.assumptionKey, p.span));
  const unlink = useRef(() => {});
  unlink.current = () =>
    guard(p.scenarioId, (target) => {
      const v = p.linkedValue ?? 0;
      store.getState().setSpan(target, p.assumptionKey, p.span, { value: Number.isFinite(v) ? v : 0 });
    });

  // The head (span, unit, reset) and a linked row's tag and button are memoized on what
  // they show: when GDP moves, the rows linked to it re-render for their "≈ x %" alone.
  const { spanLabel, changed, unitText, canReset } = p;
  const { from, to } = p.span;
  const head = useMemo(
    () => (
      <div className="assumption-head">
        <span className="assumption-span">
          {spanLabel}
          <span className="assumption-years">
            {' '}
            {from}–{to}
          </span>
          {changed ? (
            <span className="changed-mark" title={t('assumption.changed')} aria-label={t('assumption.changed')}>
              {' '}
              ●
            </span>
          ) : null}
        </span>
        <span className="assumption-unit">{unitText}</span>
        <Tooltip title={t('assumption.reset')}>
          <Button
            size="small"
            type="text"
            icon={<UndoOutlined />}
            aria-label={`${t('assumption.reset')}: ${fieldLabel}`}
            disabled={!canReset || !changed}
            onClick={() => reset.current()}
            data-testid={`${id}-reset`}
          />
        </Tooltip>
      </div>
    ),
    [spanLabel, from, to, changed, unitText, canReset, fieldLabel, id, t],
  );
  const linkName = p.entry.kind === 'link' ? (p.linkName ?? p.entry.indicator) : '';
  const elasticity = p.entry.kind === 'link' ? p.entry.elasticity : Number.NaN;
  const linkTag = useMemo(
    () => (
      <Tag icon={<LinkOutlined />} color="blue" data-testid={`${id}-link`}>
        {t('assumption.linked', { name: linkName, elasticity: formatNumber(elasticity, 1) })}
      </Tag>
    ),
    [id, linkName, elasticity, t],
  );
  const unlinkButton = useMemo(
    () => (
      <Button size="small" onClick={() => unlink.current()} data-testid={`${id}-unlink`} aria-label={`${t('assumption.unlink')}: ${fieldLabel}`}>
        {t('assumption.unlink')}
      </Button>
    ),
    [id, fieldLabel, t],
  );

  if (p.entry.kind === 'link') {
    return (
      <div className="assumption-row" data-testid={id}>
        {head}
        <div className="assumption-controls">
          {linkTag}
          <span className="assumption-linked-value">
            ≈ {formatNumber((p.linkedValue ?? Number.NaN) * p.spec.scale, 2)}
          </span>
          {unlinkButton}
        </div>
      </div>
    );
  }

  // Exact (6.5 for 0.065, not 6.500000000000001); the field rounds what it shows, not what is stored.
  const shown = scaleToShown(p.entry.value, p.spec.scale);
  return (
    <div className="assumption-row" data-testid={id}>
      {head}
      <div className="assumption-controls">
        <div className="assumption-slider" data-testid={`${id}-slider`}>
          <Slider
            min={p.spec.sliderMin}
            max={p.spec.sliderMax}
            step={p.spec.step}
            value={Math.min(p.spec.sliderMax, Math.max(p.spec.sliderMin, shown))}
            onChange={(v: number) => write(v, 'slider')}
            onChangeComplete={done}
            ariaLabelForHandle={fieldLabel}
            // No tooltip over the handle: the field beside the slider shows the same value as
            // it moves (and the handle's aria-valuenow), and aligning the tooltip's popup
            // forced a layout on every step (about 5 ms of a step's 44 ms of CPU).
            tooltip={{ open: false }}
          />
        </div>
        <NumberField
          value={shown}
          min={p.spec.min}
          max={p.spec.max}
          step={p.spec.step}
          decimals={ASSUMPTION_FIELD_DECIMALS}
          onCommit={(v) => write(v, 'input')}
          onDone={done}
          ariaLabel={fieldLabel}
          testId={`${id}-input`}
        />
      </div>
      {!p.entry.uniform ? <div className="assumption-note">{t('assumption.mixed')}</div> : null}
    </div>
  );
}

const sameEntry = (a: SpanEntry, b: SpanEntry) =>
  a.kind === 'link' && b.kind === 'link'
    ? a.indicator === b.indicator && a.elasticity === b.elasticity && a.uniform === b.uniform
    : a.kind === 'value' && b.kind === 'value' && a.value === b.value && a.uniform === b.uniform;

function sameProps(a: AssumptionRowProps, b: AssumptionRowProps): boolean {
  for (const k of Object.keys(a) as (keyof AssumptionRowProps)[]) {
    if (k === 'entry') {
      if (!sameEntry(a.entry, b.entry)) return false;
    } else if (k === 'span') {
      if (a.span.id !== b.span.id || a.span.from !== b.span.from || a.span.to !== b.span.to) return false;
    } else if (k === 'spec') {
      if (JSON.stringify(a.spec) !== JSON.stringify(b.spec)) return false;
    } else if (!Object.is(a[k], b[k])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/** Re-renders only when what it shows changed: a drag repaints one row, not the panel. */
export const AssumptionRow = memo(AssumptionRowImpl, sameProps);
