/**
 * What time a section of a plan document speaks about, from its heading and its opening
 * words: a look back (工作回顾, 过去五年, 五年来), this year's plan (2026年主要工作, 今年),
 * the plan period (“十五五”时期…目标任务, 今后五年) or the long-range goals (2035年远景).
 * Statements inherit the period and its year from their section; a sentence's own year
 * overrides them for that sentence only (in extract-targets.ts).
 */
import { namedPeriod } from './plan-period';

export type SectionPeriod = 'past' | 'year' | 'plan' | 'vision';

export interface PeriodMark {
  period: SectionPeriod;
  /** The year the section's statements are about: 2026 for 2026年主要工作, 2030 for 十五五. */
  year: number | null;
}

/** What the document as a whole tells: the plan period and the year it is written for. */
export interface DocumentTime {
  /** Last year of the plan period the document sets (十五五 → 2030), or null. */
  planEnd: number | null;
  /** The year a work report is for (2026年政府工作报告), or null. */
  reportYear: number | null;
}

const PAST_TITLE = /回顾|成就|成绩|过去|总结|发展基础|进展情况|执行情况|完成情况|主要进展/;
const VISION_TITLE = /2035|二〇三五|远景/;
const YEAR_TITLE = /^(?:.*?)(\d{4})年(?!.*(?:回顾|执行|完成情况)).*(?:工作|目标|任务|安排|建议|计划|重点)/;
const PLAN_TITLE = /“?十([一二三四五六七八九])五”?|今后五年|未来五年|五年规划|目标任务|主要目标|总体要求|奋斗目标/;

/** The period a heading names, or null when it names none. */
export function headingPeriod(title: string, time: DocumentTime): PeriodMark | null {
  if (PAST_TITLE.test(title)) {
    // 2020年工作回顾和“十三五”发展成就: a look back even when it names a period.
    return { period: 'past', year: null };
  }
  if (VISION_TITLE.test(title)) return { period: 'vision', year: 2035 };
  const year = YEAR_TITLE.exec(title);
  if (year) return { period: 'year', year: Number(year[1]) };
  if (/今年|本年度/.test(title)) return { period: 'year', year: time.reportYear };
  const plan = PLAN_TITLE.exec(title);
  if (plan) {
    const named = plan[1] === undefined ? null : namedPeriod(`十${plan[1]}五`);
    if (named && time.planEnd !== null && named.end < time.planEnd) return { period: 'past', year: null };
    return { period: 'plan', year: named?.end ?? time.planEnd };
  }
  return null;
}

const PAST_OPENER =
  /^(?:各位代表[！!，,]\s*)?(?:过去(?:的)?(?:一年|五年|几年|十年)|[一五十]年来|回顾|刚刚过去的|去年|上一年|\d{4}年(?:以来|来)|(?:“|")?十[一二三四五六七八九]五(?:”|")?(?:时期|期间|以来)(?:以来)?，?(?:我|全|是|，))/;
const YEAR_OPENER = /^(?:今年|明年|本年度)/;
const PLAN_OPENER = /^(?:今后五年|未来五年|(?:“|")?十([一二三四五六七八九])五(?:”|")?(?:时期|期间))/;

/** The period a paragraph's opening words set, or null (the section's period then holds). */
export function openerPeriod(opening: string, time: DocumentTime): PeriodMark | null {
  const text = opening.replace(/^[\s\u3000]+/, '');
  const plan = PLAN_OPENER.exec(text);
  if (plan) {
    const named = plan[1] === undefined ? null : namedPeriod(`十${plan[1]}五`);
    if (named && time.planEnd !== null) {
      if (named.end < time.planEnd) return { period: 'past', year: null };
      if (named.end === time.planEnd) return { period: 'plan', year: named.end };
    }
    if (!named) return { period: 'plan', year: time.planEnd };
  }
  if (PAST_OPENER.test(text)) return { period: 'past', year: null };
  if (YEAR_OPENER.test(text)) return { period: 'year', year: /^明年/.test(text) && time.reportYear !== null ? time.reportYear + 1 : time.reportYear };
  return null;
}

/** The plan period and the report year a document is written for. */
export function documentTime(text: string, planEnd: number | null): DocumentTime {
  const head = text.slice(0, 4000);
  const report = /(\d{4})年(?:[^。\n]{0,12})?政府工作报告/.exec(head) ?? /(\d{4})年(?:主要工作|工作安排|重点工作|经济社会发展(?:主要)?(?:预期)?目标)/.exec(text);
  return { planEnd, reportYear: report ? Number(report[1]) : null };
}
