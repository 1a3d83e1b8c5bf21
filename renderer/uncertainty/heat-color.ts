/**
 * The two-way table's diverging colours: green where the target is met, red where it
 * is missed, deeper the larger the gap (relative to the largest gap in the table).
 * The cells also say met / missed in words, so colour is never the only signal.
 */
const GREEN: [number, number, number] = [21, 128, 61];
const RED: [number, number, number] = [185, 28, 28];
const WHITE: [number, number, number] = [255, 255, 255];

const mix = (a: readonly number[], b: readonly number[], t: number) => a.map((x, i) => Math.round(x + ((b[i] as number) - x) * t));

export interface HeatStyle {
  background: string;
  color: string;
  /** 0 … 1. */
  intensity: number;
}

export function heatStyle(gap: number | null, met: boolean | null, maxAbsGap: number): HeatStyle {
  if (gap === null || met === null || !Number.isFinite(gap)) return { background: '#f5f5f5', color: '#595959', intensity: 0 };
  const t = maxAbsGap > 0 ? Math.min(1, Math.abs(gap) / maxAbsGap) : 0;
  // A light tint even at a zero gap, so met and missed differ at a glance.
  const intensity = 0.12 + 0.78 * Math.sqrt(t);
  const [r, g, b] = mix(WHITE, met ? GREEN : RED, intensity);
  return { background: `rgb(${r}, ${g}, ${b})`, color: intensity > 0.55 ? '#ffffff' : '#1f2937', intensity };
}

export function maxAbs(values: readonly (readonly (number | null)[])[]): number {
  let m = 0;
  for (const row of values) for (const v of row) if (v !== null && Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}
