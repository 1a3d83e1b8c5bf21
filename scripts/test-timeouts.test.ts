import { describe, expect, it } from 'vitest';
import { timeoutScale, TIMEOUTS, TIMEOUT_SCALE } from '../test-timeouts';

describe('test timeouts (test-timeouts.ts)', () => {
  it('scale by TEST_TIMEOUT_SCALE, by 2 in CI, else by 1', () => {
    expect(timeoutScale({})).toBe(1);
    expect(timeoutScale({ CI: 'true' })).toBe(2);
    expect(timeoutScale({ CI: 'false' })).toBe(1);
    expect(timeoutScale({ CI: 'true', TEST_TIMEOUT_SCALE: '3' })).toBe(3);
    expect(timeoutScale({ TEST_TIMEOUT_SCALE: '0.5' })).toBe(0.5);
    for (const bad of ['0', '-1', 'x', '']) expect(timeoutScale({ TEST_TIMEOUT_SCALE: bad })).toBe(1);
  });

  it('are what vitest runs with, and generous', async () => {
    const { default: config } = await import('../vitest.config');
    expect(config.test?.testTimeout).toBe(TIMEOUTS.test);
    expect(TIMEOUTS.test).toBeGreaterThanOrEqual(30_000 * TIMEOUT_SCALE);
    expect(TIMEOUTS.wait).toBeGreaterThanOrEqual(15_000 * TIMEOUT_SCALE);
  });
});
