import { describe, expect, it } from 'vitest';
import { floatArena } from './float-arena';

describe('floatArena', () => {
  it('gives zero-filled arrays of the length asked for that never overlap', () => {
    const next = floatArena(16);
    const arrays = Array.from({ length: 100 }, () => next());
    for (const [k, a] of arrays.entries()) {
      expect(a.length).toBe(16);
      expect(a.every((x) => x === 0)).toBe(true);
      a.fill(k + 1);
    }
    for (const [k, a] of arrays.entries()) expect(a.every((x) => x === k + 1)).toBe(true);
  });

  it('works for a one-year plan and for length 0', () => {
    expect(floatArena(1)().length).toBe(1);
    expect(floatArena(0)().length).toBe(0);
  });
});
