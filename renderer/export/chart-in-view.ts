/** The chart the user is looking at: the chart card with the most of it on screen. */
export function chartInView(doc: Document = document, viewportHeight = window.innerHeight): string | null {
  let best: { id: string; seen: number } | null = null;
  for (const el of doc.querySelectorAll<HTMLElement>('.chart-card[data-testid^="chart-"]')) {
    const id = el.dataset.testid?.slice('chart-'.length);
    if (!id) continue;
    const r = el.getBoundingClientRect();
    const seen = Math.max(0, Math.min(r.bottom, viewportHeight) - Math.max(r.top, 0)) * Math.max(0, r.width);
    if (best === null || seen > best.seen) best = { id, seen };
  }
  return best?.id ?? null;
}
