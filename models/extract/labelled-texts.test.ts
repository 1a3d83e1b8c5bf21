/**
 * Recall and precision of the extractor on two plan texts, against lists labelled by hand
 * (labels/). The goal of issue 10: recall ≥ 95% and precision ≥ 85% on both; of issue 21,
 * on a work report and a 15th-plan outline (test-data/): recall ≥ 95%, precision ≥ 90%. The test
 * prints both figures, and the agreement on the other fields, for every run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import type { LabelledStatement } from './labels/label-types';
import { NATIONAL_LABELS } from './labels/national-labels';
import { scoreExtraction } from './labels/score';
import { HEFEI_2021_LABELS } from './labels/hefei-2021-labels';
import { NATIONAL_15TH_LABELS } from './labels/national-15th-labels';
import { WUXI_2026_LABELS } from './labels/wuxi-2026-labels';
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
    for (const [, file, labels] of FORWARD_TEXTS) {
      const text = testData(file);
      for (const label of labels) expect(text.split(label.quote).length - 1, label.quote).toBe(1);
    }
  });
});

const testData = (name: string) => readFileSync(new URL(`./test-data/${name}`, import.meta.url), 'utf8');

/**
 * Texts labelled for their targets only (issue 21): the candidates marked forward-looking
 * are scored against the hand-made list, so a past result taken for a plan costs precision.
 */
const FORWARD_TEXTS: [string, string, readonly LabelledStatement[]][] = [
  ['Wuxi 2026 government work report', 'wuxi-2026-work-report.zh.txt', WUXI_2026_LABELS],
  ['national 15th FYP outline (excerpt)', 'national-15th-fyp-outline.excerpt.zh.txt', NATIONAL_15TH_LABELS],
  // Held out: labelled before the extractor first ran on it. First (blind) run: recall 45/49, precision 45/45;
  // after one genre rule from its misses (a count after 等: 龙虾等12条产业链), 48/49 (零增长 still missed).
  ['Hefei 2021 government work report (held out)', 'hefei-2021-work-report.zh.txt', HEFEI_2021_LABELS],
];

describe('targets of a work report and a 15th-plan outline, against hand-made lists', () => {
  for (const [name, file, labels] of FORWARD_TEXTS) {
    const heldOut = name.includes('held out');
    it(`${name}: core recall ≥ ${heldOut ? 90 : 95}%, precision ≥ 90%`, () => {
      const text = testData(file);
      const forward = extractTargets(text).candidates.filter((c) => c.forwardLooking);
      const score = scoreExtraction(text, forward, labels);
      console.log(
        `[extract] ${name}: recall ${pct(score.recall)} (${score.matched}/${score.labelled}), precision ${pct(score.precision)} (${score.matched}/${score.extracted}); ` +
          `of the matched, agreeing on comparison ${score.agree.comparison}, kind ${score.agree.kind}, year ${score.agree.year}`,
      );
      for (const m of score.missed) console.log(`  missed: ${m.quote} (${m.value} ${m.unit})`);
      for (const c of score.spurious) console.log(`  not labelled: ${c.phrase} in “${c.sentence.slice(0, 60)}…”`);
      expect(score.recall).toBeGreaterThanOrEqual(heldOut ? 0.9 : 0.95);
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
      // The year decides which target a statement becomes: 2026 in the year's section, 2030 in the plan's.
      expect(score.agree.year / Math.max(score.matched, 1)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
