import { LinkOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Slider, Tag, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../models/format';
import type { Span, SpanEntry } from '../../models/period-assumptions';
import { useWorkspaceStore } from '../store/store-context';
import type { FieldSpec } from './assumption-spec';
import { NumberField, roundTo } from './number-field';
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
      store.getState().setSpan(target, p.assumptionKey, p.span, { value: shown / p.spec.scale }, `${target}:${id}:${via}`);
    });
  const done = () => store.getState().endGesture();
  const reset = () => guard(p.scenarioId, (target) => void store.getState().resetSpan(target, p.assumptionKey, p.span));
  const unlink = () =>
    guard(p.scenarioId, (target) => {
      const v = p.linkedValue ?? 0;
      store.getState().setSpan(target, p.assumptionKey, p.span, { value: Number.isFinite(v) ? v : 0 });
    });

  const resetButton = (
    <Tooltip title={t('assumption.reset')}>
      <Button
        size="small"
        type="text"
        icon={<UndoOutlined />}
        aria-label={`${t('assumption.reset')}: ${fieldLabel}`}
        disabled={!p.canReset || !p.changed}
        onClick={reset}
        data-testid={`${id}-reset`}
      />
    </Tooltip>
  );

  const head = (
    <div className="assumption-head">
      <span className="assumption-span">
        {p.spanLabel}
        <span className="assumption-years">
          {' '}
          {p.span.from}–{p.span.to}
        </span>
        {p.changed ? (
          <span className="changed-mark" title={t('assumption.changed')} aria-label={t('assumption.changed')}>
            {' '}
            ●
          </span>
        ) : null}
      </span>
      <span className="assumption-unit">{p.unitText}</span>
      {resetButton}
    </div>
  );

  if (p.entry.kind === 'link') {
    return (
      <div className="assumption-row" data-testid={id}>
        {head}
        <div className="assumption-controls">
          <Tag icon={<LinkOutlined />} color="blue" data-testid={`${id}-link`}>
            {t('assumption.linked', { name: p.linkName ?? p.entry.indicator, elasticity: formatNumber(p.entry.elasticity, 1) })}
          </Tag>
          <span className="assumption-linked-value">
            ≈ {formatNumber((p.linkedValue ?? Number.NaN) * p.spec.scale, 2)}
          </span>
          <Button size="small" onClick={unlink} data-testid={`${id}-unlink`} aria-label={`${t('assumption.unlink')}: ${fieldLabel}`}>
            {t('assumption.unlink')}
          </Button>
        </div>
      </div>
    );
  }

  const shown = roundTo(p.entry.value * p.spec.scale, 6);
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
            tooltip={{ formatter: (v) => (v === undefined ? '' : formatNumber(v, 2)) }}
          />
        </div>
        <NumberField
          value={shown}
          min={p.spec.min}
          max={p.spec.max}
          step={p.spec.step}
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
