/** "Did you mean": the known word nearest to a mistyped one, when it is close enough to be a typo. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The nearest of `known` to `typed` (case ignored): within a third of its length in
 * edits (at least 1, 2 from four letters), or a word that `typed` begins (`mont` → `montecarlo`).
 */
export function nearestWord(typed: string, known: readonly string[]): string | null {
  const t = typed.toLowerCase();
  if (t === '' || t.length > 64) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const word of known) {
    const w = word.toLowerCase();
    const d = w.startsWith(t) && t.length >= 3 ? 0.5 : editDistance(t, w);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  const allowed = Math.max(t.length >= 4 ? 2 : 1, Math.floor(best.length / 3));
  return bestDistance <= allowed ? best : null;
}
