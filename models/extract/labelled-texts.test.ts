/**
 * Recall and precision of the extractor on two plan texts, against lists labelled by hand
 * (labels/). The goal of issue 10: recall ≥ 95% and precision ≥ 85% on both. The test
 * prints both figures, and the agreement on the other fields, for every run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import type { LabelledStatement } from './labels/label-types';
import { NATIONAL_LABELS } from './labels/national-labels';
import { scoreExtraction } from './labels/score';
import { XUZHOU_LABELS } from './labels/xuzhou-labels';

const source = (name: string) => readFileSync(new URL(`../../scenarios/sources/${name}`, import.meta.url), 'utf8');

const TEXTS: [string, string, readonly LabelledStatement[]][] = [
  ['Xuzhou recommendation', 'xuzhou-14th-fyp-recommendation.zh.txt', XUZHOU_LABELS],
  ['national 14th FYP outline', 'national-14th-fyp-outline.zh.txt', NATIONAL_LABELS],
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('extraction against hand-labelled plan texts', () => {
  for (const [name, file, labels] of TEXTS) {
    it(`${name}: recall ≥ 95%, precision ≥ 85%`, () => {
      const text = source(file);
      const score = scoreExtraction(text, extractTargets(text).candidates, labels);
      const { matched, agree } = score;
      console.log(
        `[extract] ${name}: recall ${pct(score.recall)} (${matched}/${score.labelled}), precision ${pct(score.precision)} (${matched}/${score.extracted}); ` +
          `of the matched, agreeing on forward/backward ${agree.forwardLooking}, comparison ${agree.comparison}, kind ${agree.kind}, year ${agree.year}`,
      );
      for (const m of score.missed) console.log(`  missed: ${m.quote} (${m.value} ${m.unit})`);
      for (const c of score.spurious) console.log(`  not labelled: ${c.phrase} in “${c.sentence.slice(0, 60)}…”`);
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.precision).toBeGreaterThanOrEqual(0.85);
      // Looking forward or back decides whether a number becomes a target or a base value.
      expect(agree.forwardLooking / Math.max(matched, 1)).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('every label quote occurs exactly once in its text', () => {
    for (const [, file, labels] of TEXTS) {
      const text = source(file);
      for (const label of labels) expect(text.split(label.quote).length - 1, label.quote).toBe(1);
    }
  });
});
