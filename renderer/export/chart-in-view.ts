/**
 * The chart the user is looking at: of the chart cards, the one with the largest share of
 * itself on screen; among equals (several wholly visible), the first in reading order.
 */
export function chartInView(doc: Document = document, viewportHeight = window.innerHeight): string | null {
  let best: { id: string; shown: number } | null = null;
  for (const el of doc.querySelectorAll<HTMLElement>('.chart-card[data-testid^="chart-"]')) {
    const id = el.dataset.testid?.slice('chart-'.length);
    if (!id) continue;
    const r = el.getBoundingClientRect();
    if (r.height <= 0 || r.width <= 0) continue;
    const shown = Math.max(0, Math.min(r.bottom, viewportHeight) - Math.max(r.top, 0)) / r.height;
    if (best === null || shown > best.shown + 0.01) best = { id, shown };
  }
  return best?.id ?? null;
}
