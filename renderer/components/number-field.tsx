/**
 * An exact numeric input. What is typed is checked at each key and takes effect on
 * Enter or when the field is left (arrow keys step at once). Text that is not a
 * number, NaN and values outside [min, max] are refused with a message beside the
 * field; the last valid value stays in force. Half-typed numbers ("", "-", "5.") wait
 * silently for the next key.
 */
import { InputNumber } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../models/numbers/format';

export interface NumberFieldProps {
  value: number;
  min: number;
  max: number;
  step: number;
  /** Decimals shown when the field is not being typed in (2: 7.17734625% shows 7.18; the value itself stays exact). */
  decimals?: number;
  onCommit(value: number): void;
  /** Editing ended (blur or Enter). */
  onDone?(): void;
  ariaLabel: string;
  testId: string;
  width?: number;
}

const COMPLETE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PARTIAL = /^[+-]?\.?$|^[+-]?(\d+\.?\d*|\.\d+)e[+-]?$/i;

export type FieldCheck = { kind: 'ok'; value: number } | { kind: 'partial' } | { kind: 'not-number' } | { kind: 'range' };

/** How typed text reads as a number in [min, max]. Exported for tests. */
export function checkNumberText(text: string, min: number, max: number): FieldCheck {
  const t = text.trim().replace(/，/g, '.').replace(/[−–]/g, '-').replace(/。/g, '.');
  if (PARTIAL.test(t)) return { kind: 'partial' };
  if (!COMPLETE.test(t)) return { kind: 'not-number' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { kind: 'not-number' };
  if (v < min || v > max) return { kind: 'range' };
  return { kind: 'ok', value: v };
}

export function roundTo(value: number, decimals: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(decimals)) : value;
}

export function NumberField({ value, min, max, step, decimals = 5, onCommit, onDone, ariaLabel, testId, width = 92 }: NumberFieldProps) {
  const { t } = useTranslation();
  // Kept as a key and its values, so the message follows a change of language.
  const [error, setError] = useState<{ key: string; values: Record<string, string> } | null>(null);
  const shown = roundTo(value, decimals);
  const kept = formatNumber(shown, Math.min(decimals, 2));

  // The last valid value typed and not yet applied.
  const pending = useRef<number | null>(null);

  // Only a number typed (or stepped) is written: a field left untouched keeps the exact
  // value behind its rounded text (7.17734625 shown as 7.18 stays 7.17734625).
  const apply = () => {
    const v = pending.current;
    pending.current = null;
    if (v !== null && v !== value) onCommit(v);
    onDone?.();
  };

  const check = (text: string) => {
    const r = checkNumberText(text, min, max);
    pending.current = null;
    if (r.kind === 'partial') {
      // A new number is being typed: the message about the last one no longer applies.
      setError(null);
      return;
    }
    if (r.kind === 'not-number') {
      setError({ key: 'field.notNumber', values: { text: text.slice(0, 20), kept } });
      return;
    }
    if (r.kind === 'range') {
      setError({ key: 'field.range', values: { min: formatNumber(min, 0), max: formatNumber(max, 0), kept } });
      return;
    }
    setError(null);
    pending.current = r.value;
  };

  const errorId = `${testId}-error`;
  return (
    <span className="number-field">
      <InputNumber
        size="small"
        value={shown}
        step={step}
        style={{ width }}
        status={error ? 'error' : undefined}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid={testId}
        onInput={check}
        onStep={(v) => {
          const n = typeof v === 'number' ? v : Number(v);
          if (!Number.isFinite(n)) return;
          check(String(roundTo(n, decimals)));
          apply();
        }}
        onBlur={apply}
        onPressEnter={apply}
      />
      {error ? (
        <span id={errorId} role="alert" className="field-error" data-testid={errorId}>
          {t(error.key, error.values)}
        </span>
      ) : null}
    </span>
  );
}
