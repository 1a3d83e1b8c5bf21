/**
 * Percentiles of a sample, for fan charts.
 *
 * Definition: linear interpolation between order statistics (Hyndman–Fan type 7, the
 * default of R and NumPy): with the n values sorted x₀ ≤ … ≤ x₍ₙ₋₁₎ and h = (n − 1)·p/100,
 * P(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). NaN values are left out (a path that has
 * no value); a sample with no value gives NaN.
 *
 * Only the order statistics needed are found, not the whole sample sorted: the values
 * are counted into equal-width bins between their minimum and maximum, and only the few
 * bins that hold a needed rank are gathered and sorted (O(n) for a sample of 10,000;
 * quickselect over the needed ranks when the range is not finite). The binning is
 * monotone (v ≤ w ⇒ bin(v) ≤ bin(w)), so ranks within the gathered bins are exact.
 */

/** The bands of a Bank of England fan chart: 5–95, 15–85, 25–75, 35–65 around the median. */
export const FAN_PERCENTILES = [5, 15, 25, 35, 50, 65, 75, 85, 95] as const;
export type FanPercentile = (typeof FAN_PERCENTILES)[number];

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Rearrange a[lo..hi] so that each rank in ranks[rlo..rhi] (sorted, within lo..hi)
 * holds the value it would hold if a[lo..hi] were sorted.
 */
function selectRanks(a: Float64Array, lo: number, hi: number, ranks: Int32Array, rlo: number, rhi: number): void {
  while (rlo <= rhi) {
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      return;
    }
    // median of three as the pivot
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // Hoare partition: a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i-1] = pivot
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // ranks ≤ j go left, ranks ≥ i go right, ranks between are in place
    let split = rlo;
    while (split <= rhi && (ranks[split] as number) <= j) split++;
    let right = split;
    while (right <= rhi && (ranks[right] as number) < i) right++;
    // recurse into the smaller side of the ranks, loop on the other
    if (split - rlo > 0) selectRanks(a, lo, j, ranks, rlo, split - 1);
    lo = i;
    rlo = right;
  }
}

const BINS = 2048;
const binCount = new Int32Array(BINS);
const binBelow = new Int32Array(BINS);
const binWanted = new Uint8Array(BINS);
// grown on demand and reused: the bin of each value, and the gathered values
let binOf = new Uint16Array(0);
let gathered = new Float64Array(0);

/**
 * The values at `ranks` (sorted) among scratch[0..n), found by binning (see above),
 * written to `at` (at[j] for ranks[j]).
 */
function binnedRanks(scratch: Float64Array, n: number, min: number, max: number, ranks: Int32Array, at: Float64Array): void {
  const scale = BINS / (max - min);
  const last = BINS - 1;
  if (binOf.length < n) binOf = new Uint16Array(n);
  binCount.fill(0);
  for (let i = 0; i < n; i++) {
    const b = (((scratch[i] as number) - min) * scale) | 0; // ≥ 0, ≤ BINS: truncation = floor
    const bin = b > last ? last : b;
    binOf[i] = bin;
    binCount[bin] = (binCount[bin] as number) + 1;
  }
  // cumulative counts below each bin; mark the bins that hold a wanted rank
  binWanted.fill(0);
  let cum = 0;
  let r = 0;
  let size = 0;
  for (let b = 0; b < BINS; b++) {
    binBelow[b] = cum;
    const count = binCount[b] as number;
    cum += count;
    if (r < ranks.length && (ranks[r] as number) < cum) {
      binWanted[b] = 1;
      size += count;
      while (r < ranks.length && (ranks[r] as number) < cum) r++;
    }
  }
  // gather the marked bins' values (in bin order after sorting: binning is monotone)
  if (gathered.length < size) gathered = new Float64Array(Math.max(size, 2 * gathered.length));
  let g = 0;
  for (let i = 0; i < n; i++) if (binWanted[binOf[i] as number] === 1) gathered[g++] = scratch[i] as number;
  const sorted = gathered.subarray(0, g).sort();
  // rank r in bin b sits at (values in marked bins before b) + (r − below[b])
  let offset = 0;
  r = 0;
  for (let b = 0; b < BINS && r < ranks.length; b++) {
    if (binWanted[b] !== 1) continue;
    const lo = binBelow[b] as number;
    const count = binCount[b] as number;
    while (r < ranks.length && (ranks[r] as number) < lo + count) {
      at[r] = sorted[offset + (ranks[r] as number) - lo] as number;
      r++;
    }
    offset += count;
  }
}

/**
 * Percentiles `ps` (0..100, ascending) of `values`, written to `out` (NaN when no value).
 * `scratch` (length ≥ values.length) is overwritten; pass one to avoid an allocation.
 * `stats`, when given, receives [count of values (not NaN), their sum, min, max].
 */
export function percentilesInto(
  values: Float64Array,
  ps: readonly number[],
  out: Float64Array,
  scratch: Float64Array = new Float64Array(values.length),
  stats?: Float64Array,
): void {
  let n = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue; // NaN
    scratch[n++] = v;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (stats !== undefined) {
    stats[0] = n;
    stats[1] = sum;
    stats[2] = min;
    stats[3] = max;
  }
  if (n === 0) {
    out.fill(Number.NaN, 0, ps.length);
    return;
  }
  if (min === max) {
    out.fill(min, 0, ps.length);
    return;
  }
  // the ranks needed: ⌊h⌋ and ⌊h⌋ + 1 for each p (ascending, no repeats)
  const need: number[] = [];
  const push = (rank: number) => {
    if (need.length === 0 || rank > (need[need.length - 1] as number)) need.push(rank);
  };
  for (const p of ps) {
    const h = ((n - 1) * p) / 100;
    const k = Math.floor(h);
    push(k);
    if (k + 1 < n && h > k) push(k + 1);
  }
  const ranks = Int32Array.from(need);
  const at = new Float64Array(ranks.length);
  if (Number.isFinite(max - min) && n > 256) {
    binnedRanks(scratch, n, min, max, ranks, at);
  } else {
    selectRanks(scratch, 0, n - 1, ranks, 0, ranks.length - 1);
    for (let j = 0; j < ranks.length; j++) at[j] = scratch[ranks[j] as number] as number;
  }
  const valueAtRank = (rank: number): number => at[need.indexOf(rank)] as number;
  for (let q = 0; q < ps.length; q++) {
    const h = ((n - 1) * (ps[q] as number)) / 100;
    const k = Math.floor(h);
    const lo = valueAtRank(k);
    const frac = h - k;
    if (frac === 0 || k + 1 >= n) {
      out[q] = lo;
      continue;
    }
    const hi = valueAtRank(k + 1);
    const d = hi - lo;
    // min(): a + t·(b − a) may round above b; ±Infinity: take the nearer end
    out[q] = Number.isFinite(d) ? Math.min(hi, lo + frac * d) : hi;
  }
}

/** Percentiles `ps` of `values` (convenience form of `percentilesInto`). */
export function percentiles(values: ArrayLike<number>, ps: readonly number[] = FAN_PERCENTILES): number[] {
  const v = values instanceof Float64Array ? values : Float64Array.from(values);
  const out = new Float64Array(ps.length);
  percentilesInto(v, ps, out);
  return Array.from(out);
}
