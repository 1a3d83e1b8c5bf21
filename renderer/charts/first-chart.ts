/**
 * When the first window is usable: its first chart drawn and painted. Work the window
 * does not need (the headline's Monte Carlo run, with its worker's JavaScript) waits for
 * it, so it neither delays the first charts nor counts in the first window's JavaScript.
 * A window with no chart to draw (none chosen, another view) does not wait for ever:
 * FIRST_CHART_WAIT_MS after the page started, it counts as usable too.
 */
import { useEffect, useState } from 'react';

/** The longest wait for a first chart, from the page's start (ms). */
export const FIRST_CHART_WAIT_MS = 4000;

let usable = false;
const waiting = new Set<() => void>();

function becomeUsable(): void {
  if (usable) return;
  usable = true;
  for (const f of waiting) f();
  waiting.clear();
}

/** Called by the plot when a chart has been drawn: the window is usable once that is painted. */
export function chartDrawn(): void {
  if (usable) return;
  // Two frames: the one with the chart, and the one after it was painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(becomeUsable));
  else becomeUsable();
}

export function useFirstWindowUsable(): boolean {
  const [ready, setReady] = useState(usable);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    if (usable) return done();
    waiting.add(done);
    const timer = setTimeout(becomeUsable, Math.max(0, FIRST_CHART_WAIT_MS - performance.now()));
    return () => {
      clearTimeout(timer);
      waiting.delete(done);
    };
  }, [ready]);
  return ready;
}
