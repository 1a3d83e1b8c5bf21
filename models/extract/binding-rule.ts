/**
 * 约束性 or 预期性, suggested for a target read from a text: 约束性 where the sentence says
 * so, and for the kinds national plans make binding (energy and carbon intensity,
 * farmland, forest cover and afforestation, pollution and environmental quality);
 * 预期性 otherwise. A suggestion: the person reviewing the draft confirms it.
 */
import type { TargetBinding } from '../plan-schema';

/** The kinds of indicator national five-year plans list as 约束性. */
const BINDING_KINDS =
  /能耗|能源消耗|碳排放|二氧化碳|碳强度|耕地|农田|森林|造林|林木|空气质量|优良天数|PM2\.5|细颗粒物|水质|水体|黑臭|污染|排放|化学需氧量|氨氮|氮氧化物|二氧化硫|挥发性有机物/i;

export function suggestBinding(c: { sentence: string; indicator: string }): TargetBinding {
  if (/约束性/.test(c.sentence)) return 'binding';
  if (/预期性/.test(c.sentence)) return 'expected';
  return BINDING_KINDS.test(`${c.indicator} ${c.sentence}`) ? 'binding' : 'expected';
}
