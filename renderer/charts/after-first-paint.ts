/**
 * The first window shows the target table and the layout first, the charts after: until
 * the page has painted once, chart cards hold a placeholder of their size, and plotly
 * (its chunk loaded, parsed and run) comes after that paint. Later charts (another view,
 * compare mode) draw at once.
 */
import { useEffect, useState } from 'react';

let painted = false;
const waiting = new Set<() => void>();

function afterNextPaint(then: () => void): void {
  // The frame's callback runs before it paints; a task queued from there runs after.
  const later = () => setTimeout(then, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
}

export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    if (painted) return done();
    const first = waiting.size === 0;
    waiting.add(done);
    if (first) {
      afterNextPaint(() => {
        painted = true;
        for (const f of waiting) f();
        waiting.clear();
      });
    }
    return () => void waiting.delete(done);
  }, [ready]);
  return ready;
}
