/** 方法说明 of the review report: how each figure of the report is computed and read. */
import type { ReportLang, ReportSection } from './report-types';

export interface MethodsFacts {
  baseYear: number;
  asOf: number;
  latestReported: number | null;
  scenario: string;
  horizon: number;
  /** Some real values rest on an estimated price change (估). */
  anyEstimated: boolean;
  anyUnmarked: boolean;
  /** The plan file's own note on what it holds of its document (source.note), if any. */
  sourceNote?: string;
}

export function methodsSection(f: MethodsFacts, lang: ReportLang): ReportSection {
  const latest = f.latestReported ?? f.asOf;
  if (lang === 'en') {
    return {
      heading: 'Methods',
      paragraphs: [
        `Verdicts. Each target is judged on the reported figure of its year, using figures published up to ${f.asOf}. A target whose year has no reported figure yet is "pending"; the verdict in brackets is what the scenario "${f.scenario}" projects, and it is not counted as met or missed. "No data" means there is neither a base value nor a reported figure to judge on.`,
        f.latestReported === null
          ? `Achieved growth: nothing has been reported since the base year ${f.baseYear} yet, so none is given; once figures are published it is the average annual real growth (at comparable prices) from ${f.baseYear} to the latest reported year: (v₁ / v₀)^(1/n) − 1.`
          : `Achieved growth is the average annual real growth (at comparable prices) from the base year ${f.baseYear} to the latest reported year (${latest}): (v₁ / v₀)^(1/n) − 1.`,
        `Required growth is the real growth a year needed from the latest reported level to the target's value in its year (to ${f.horizon} for the long-range targets), by the same formula; for shares it is the percentage points a year, for cumulative targets the amount a year still to be added.`,
        `Price bases. Money targets written as levels (e.g. 1 trillion yuan) are judged at current prices; growth rates and doubling targets at comparable prices (${f.baseYear} prices). Output is deflated by the GDP deflator, incomes and retail sales by consumer prices.`,
        f.anyEstimated
          ? `Estimates (est.). Where a year has no reported real growth or price index, its real value is estimated from the scenario's price assumption and marked "est." wherever it is used.`
          : `Estimates. Every real value used rests on a reported real growth or price index.`,
        `Comparison words. 达到 / 不低于 (reach, at least) read as ≥; 超过 / 突破 (exceed) as >; 左右 (about) as a band around the value, as wide as the plan file's tolerance (the band is printed); 翻一番 (double) as 2 × the value of the reference year at comparable prices; 力争 / 确保 (strive to / ensure) are printed as written and do not change the threshold.`,
        `Binding (约束性) and expected (预期性) targets are marked as in the plan's indicator table${f.anyUnmarked ? '; targets the plan file does not mark are listed as "not marked"' : ''}. The counts give each group separately.`,
        `Percentages and percentage points differ: a gap in a rate or a share is given in percentage points (pp), the gap ratio in percent of the threshold.`,
        ...(f.sourceNote ? [`The plan file. ${f.sourceNote}`] : []),
      ],
    };
  }
  return {
    heading: '方法说明',
    paragraphs: [
      `判定依据：每个目标以其目标年份的公布数据判定，使用截至${f.asOf}年已公布的数据。目标年份尚无公布数据的目标列为“待公布”，括号内为按“${f.scenario}”情景预测的结果，不计入达成或未达成。“无数据”指既无基期值也无公布数据，无法判定。`,
      f.latestReported === null
        ? `已实现增速：基期${f.baseYear}年之后尚无公布数据，暂不计算；有公布数据后为自基期至最近公布年份的年均实际增长（可比价），按 (v₁ / v₀)^(1/n) − 1 计算。`
        : `已实现增速：自基期${f.baseYear}年至最近公布年份（${latest}年）的年均实际增长（可比价），按 (v₁ / v₀)^(1/n) − 1 计算。`,
      `所需增速：自最近公布水平至目标年份达到目标值每年所需的实际增长（远景目标算至${f.horizon}年），公式同上；比重类指标为每年需提高的百分点，累计类指标为每年尚需完成的量。`,
      `价格基础：以总量表述的货币目标（如“万亿元”）按现价判定；增速和翻番目标按可比价（${f.baseYear}年价格）判定。地区生产总值按GDP平减指数缩减，居民收入和社会消费品零售总额按居民消费价格指数缩减。`,
      f.anyEstimated
        ? `估算（估）：某年未公布实际增速或价格指数时，其实际值按情景的价格假设推算，凡使用处均标“估”。`
        : `估算：所用实际值均有公布的实际增速或价格指数为据。`,
      `比较用语：“达到”“不低于”按 ≥ 判定；“超过”“突破”按 > 判定；“左右”按目标值上下的区间判定（区间宽度取规划文件所设容差，表中列出区间）；“翻一番”按基准年可比价数值的2倍判定；“力争”“确保”照录原文，不改变目标值。`,
      `约束性与预期性：按规划指标表的属性标注${f.anyUnmarked ? '；规划文件未标注的目标列为“未标注”' : ''}，完成情况分别计数。`,
      `百分比与百分点：增速和比重的差距以“个百分点”表示，差距率为差距占目标值的百分比。`,
      ...(f.sourceNote ? [`规划文件：${f.sourceNote}`] : []),
    ],
  };
}
