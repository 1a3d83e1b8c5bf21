/**
 * How each kind of assumption is edited: the scale between the stored number and the
 * number shown (growth is stored as a fraction and shown in %), the slider's range, the
 * range a typed value must fall in, and the unit shown beside the field.
 */
import type { Indicator } from '../../models/plan/plan-schema';

export type AssumptionKind = 'growth' | 'points' | 'amount' | 'deflator';

export interface FieldSpec {
  kind: AssumptionKind;
  /** shown = stored × scale */
  scale: number;
  sliderMin: number;
  sliderMax: number;
  step: number;
  min: number;
  max: number;
}

export function assumptionKind(ind: Indicator | null): AssumptionKind {
  if (ind === null) return 'deflator';
  if (ind.kind === 'share') return 'points';
  if (ind.kind === 'flow') return 'amount';
  return 'growth';
}

/** A round number at or above v: 1, 2, 5 × 10^k. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** `reference`: the stored value (shown units), used to size a flow's slider. */
export function fieldSpec(kind: AssumptionKind, reference = 0): FieldSpec {
  switch (kind) {
    case 'growth':
      return { kind, scale: 100, sliderMin: -10, sliderMax: 20, step: 0.1, min: -50, max: 100 };
    case 'deflator':
      return { kind, scale: 100, sliderMin: -5, sliderMax: 10, step: 0.1, min: -20, max: 50 };
    case 'points':
      return { kind, scale: 1, sliderMin: -5, sliderMax: 5, step: 0.05, min: -20, max: 20 };
    case 'amount': {
      const top = niceCeil(Math.max(Math.abs(reference) * 3, 1));
      return { kind, scale: 1, sliderMin: 0, sliderMax: top, step: top / 200, min: 0, max: 1e9 };
    }
  }
}
