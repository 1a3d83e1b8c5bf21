/** A probability as the app writes it: "73.4%"; none (no path has a value: needs a base) as "—". */
export function formatProbability(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  return `${(Math.round(p * 1000) / 10).toFixed(1)}%`;
}
