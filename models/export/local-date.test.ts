import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from './local-date';

const tz = process.env.TZ;
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe('export dates', () => {
  it('are the local day, not the UTC one (Beijing, 07:30)', () => {
    process.env.TZ = 'Asia/Shanghai';
    const early = new Date('2026-11-25T23:30:00Z'); // 07:30 on the 26th in Beijing
    expect(early.toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(localDay(early)).toBe('2026-11-26');
  });
});
