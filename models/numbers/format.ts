/**
 * Numbers as Chinese statistics write them: thousands separators, a fixed number of
 * decimals per unit, "%" for rates and "个百分点" for changes in points.
 */
import type { Lang } from '../plan/validation-messages';
import { unitInfo, type OwnUnit } from './units';

const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  let f = formatters.get(decimals);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  // "-0.0" for a tiny negative is noise, not a sign worth showing.
  const text = f.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** 0.07177 → "7.18%" */
export function formatRate(fraction: number | null | undefined, decimals = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** A change in percentage points: 1.2 → "1.2个百分点" / "1.2 pp". */
export function formatPoints(points: number | null | undefined, lang: Lang, decimals = 1): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return '—';
  return lang === 'zh' ? `${formatNumber(points, decimals)}个百分点` : `${formatNumber(points, decimals)} pp`;
}

export function unitLabel(unit: string, lang: Lang, own?: readonly OwnUnit[]): string {
  return unitInfo(unit, own)[lang];
}

/** A value with its unit: "10,138.6亿元" / "10,138.6 100m yuan". */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang, decimals?: number, own?: readonly OwnUnit[]): string {
  const d = decimals ?? unitInfo(unit, own).decimals;
  const text = formatNumber(value, d);
  if (text === '—') return text;
  if (unit === '%') return `${text}%`;
  const label = unitLabel(unit, lang, own);
  if (!label) return text;
  return lang === 'zh' ? `${text}${label}` : `${text} ${label}`;
}

/**
 * The sign a change is shown with at `decimals`: "+" or "−" (U+2212), and none for a
 * change that rounds to zero there, so −5.55e−17 is never shown as "−0.00个百分点".
 */
export function signAt(value: number | null | undefined, decimals: number): '+' | '−' | '' {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (/^[0.,]*$/.test(formatNumber(Math.abs(value), decimals))) return '';
  return value > 0 ? '+' : '−';
}

/** A signed number as shown: "+138.6", "−0.4", "0.0". */
export function formatSigned(value: number | null | undefined, decimals: number): string {
  const text = formatNumber(value === null || value === undefined ? value : Math.abs(value), decimals);
  return text === '—' ? text : `${signAt(value, decimals)}${text}`;
}
