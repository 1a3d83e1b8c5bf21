import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionToPercent, percentToFraction, PERCENT_FIELD, shiftDecimal } from './percent-scale';

/** A number as a person writes it: up to 15 significant digits, a few decimals. */
const writtenDecimal = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, decimals]) => (decimals === 0 ? String(digits) : (digits / 10 ** decimals).toFixed(decimals)));

describe('percent typed as shown', () => {
  it('5 typed is 5%: stored 0.05', () => {
    expect(percentToFraction(5)).toBe(0.05);
    expect(percentToFraction(6.5)).toBe(0.065);
    expect(percentToFraction(1.1)).toBe(0.011);
    expect(percentToFraction(-3.2)).toBe(-0.032);
    expect(percentToFraction(0)).toBe(0);
  });

  it('shows a stored fraction without float noise', () => {
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(0.065)).toBe(6.5);
    expect(fractionToPercent(0.011)).toBe(1.1);
    expect(fractionToPercent(0.0717734625362931)).toBe(7.17734625362931);
    expect(0.07 * 100).not.toBe(7); // what plain multiplication gives
  });

  it('handles numbers JavaScript writes with an exponent', () => {
    expect(percentToFraction(1e-7)).toBe(1e-9);
    expect(fractionToPercent(1e-9)).toBe(1e-7);
    expect(shiftDecimal(1.5e21, -2)).toBe(1.5e19);
    expect(Object.is(percentToFraction(-0), 0)).toBe(true);
    expect(Number.isNaN(percentToFraction(Number.NaN))).toBe(true);
  });

  it('round trip: shown → typed → stored → shown gives back what was shown', () => {
    fc.assert(
      fc.property(writtenDecimal, (shownText) => {
        const typed = Number(shownText);
        const stored = PERCENT_FIELD.toStored(typed);
        expect(PERCENT_FIELD.toShown(stored)).toBe(typed);
        // and the stored fraction is the decimal itself, not a neighbour of it
        expect(stored).toBe(Number(`${shownText}e-2`));
      }),
      { numRuns: 2000 },
    );
  });

  it('round trip: a stored fraction of ≤ 15 digits survives being shown and read back', () => {
    fc.assert(
      fc.property(writtenDecimal, (text) => {
        const stored = Number(text) / 1000;
        const clean = Number(stored.toPrecision(15));
        expect(PERCENT_FIELD.toStored(PERCENT_FIELD.toShown(clean))).toBe(clean);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scaled fields (sliders and assumption fields)', () => {
  it('moves the decimal point for powers of ten and divides otherwise', async () => {
    const { scaleToShown, scaleToStored } = await import('./percent-scale');
    expect(scaleToStored(6.1, 100)).toBe(0.061);
    expect(scaleToStored(1.1, 100)).toBe(0.011);
    expect(1.1 / 100).not.toBe(0.011);
    expect(scaleToShown(0.07, 100)).toBe(7);
    expect(scaleToShown(2.5, 1)).toBe(2.5);
    expect(scaleToStored(3, 4)).toBe(0.75);
    expect(scaleToShown(0.75, 4)).toBe(3);
  });
});
