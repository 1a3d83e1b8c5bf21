/**
 * 约束性 or 预期性, suggested for a target read from a text: 约束性 where the sentence says
 * so, and for the kinds national plans make binding (energy and carbon intensity,
 * farmland, forest cover and afforestation, pollution and environmental quality);
 * 预期性 otherwise, read in the clause that holds the figure. A suggestion: the person
 * reviewing the draft confirms it.
 */
import type { TargetBinding } from '../plan/plan-schema';

/** The kinds of indicator national five-year plans list as 约束性. */
const BINDING_KINDS =
  /能耗|能源消耗|碳排放|二氧化碳|碳强度|耕地|农田|森林|造林|林木|空气质量|优良天数|PM2\.5|细颗粒物|水质|水体|黑臭|污染|排放|化学需氧量|氨氮|氮氧化物|二氧化硫|挥发性有机物/i;

export function suggestBinding(c: { sentence: string; indicator: string; phrase?: string }): TargetBinding {
  // A sentence of the main goals lists many indicators: only the clause of this one counts.
  const text = c.phrase === undefined ? c.sentence : clauseOf(c.sentence, c.phrase);
  if (/约束性/.test(text)) return 'binding';
  if (/预期性/.test(text)) return 'expected';
  return BINDING_KINDS.test(`${c.indicator} ${text}`) ? 'binding' : 'expected';
}

/** The clause of the sentence that holds the phrase (between commas or semicolons), or the sentence. */
function clauseOf(sentence: string, phrase: string): string {
  const at = phrase === '' ? -1 : sentence.indexOf(phrase);
  if (at < 0) return sentence;
  let start = at;
  while (start > 0 && !/[，,；;。]/.test(sentence.charAt(start - 1))) start--;
  let end = at + phrase.length;
  while (end < sentence.length && !/[，,；;。]/.test(sentence.charAt(end))) end++;
  return sentence.slice(start, end);
}
