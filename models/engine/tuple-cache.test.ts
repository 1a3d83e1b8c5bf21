import { describe, expect, it } from 'vitest';
import { cachedOn, tupleCache } from './tuple-cache';

describe('cachedOn', () => {
  it('computes once per tuple of objects, told apart by every position', () => {
    const cache = tupleCache();
    const [a, b, c] = [{}, {}, {}];
    let calls = 0;
    const get = (keys: [object, ...object[]]) => cachedOn(cache, keys, () => ++calls);
    expect(get([a, b])).toBe(1);
    expect(get([a, b])).toBe(1);
    expect(get([a, c])).toBe(2);
    expect(get([b, a])).toBe(3);
    expect(get([a, c])).toBe(2);
    expect(calls).toBe(3);
  });

  it('keeps a computed undefined', () => {
    const cache = tupleCache();
    const key = {};
    let calls = 0;
    const get = () =>
      cachedOn(cache, [key], () => {
        calls++;
        return undefined;
      });
    get();
    get();
    expect(calls).toBe(1);
  });
});
