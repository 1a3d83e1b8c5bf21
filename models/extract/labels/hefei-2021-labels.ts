/**
 * HELD OUT. The forward-looking quantitative statements of the Hefei 2021 government work
 * report (test-data/hefei-2021-work-report.zh.txt), labelled by hand from a reading of the
 * text before the extractor was ever run on it; the extractor was not changed for it. Part
 * 一 reviews 2020 and the 13th FYP (bold “过去五年，…” openers, bold (一)… headings run
 * into their paragraphs): nothing there is a target. Part 二 sets the 2025 (十四五) goals,
 * part 三 the 2021 goals and tasks.
 *
 * Left out on purpose: rankings (进入长三角城市前十, 跻身全国十强), names and numbered
 * policies (“2833”产业集群, “1155”行动计划, 4号线, S1号线), groups named by a count
 * (三大国家战新产业集群, 五大工程, 六大发展带), thresholds (亿元以上项目).
 */
import type { LabelledStatement } from './label-types';

const at = (year: number) => (quote: string, value: number, unit: string, kind: string, comparison: LabelledStatement['comparison'] = '>='): LabelledStatement => ({
  quote,
  value,
  unit,
  forwardLooking: true,
  kind,
  comparison,
  year,
});
const y2025 = at(2025);
const y2021 = at(2021);

export const HEFEI_2021_LABELS: readonly LabelledStatement[] = [
  // 二、“十四五”时期奋斗目标和主要任务.
  y2025('GDP总量力争达到1.6万亿元', 1.6, '万亿元', 'level'),
  y2025('新型研发机构50个', 50, '个', 'count'),
  y2025('国家高新技术企业突破8000户', 8000, '户', 'count', '>'),
  y2025('形成2-3个', 2, '个', 'count'),
  y2025('物联感知体系全覆盖', 100, '%', 'all-or-nothing', '='),
  y2025('龙虾等12条产业链', 12, '条', 'count'),
  y2025('年收入超过50万元', 50, '万元', 'level', '>'),
  y2025('基本消除重污染天气', 100, '%', 'all-or-nothing', '='),
  // 三、2021年重点工作: the year's expected targets.
  y2021('地区生产总值增长8%', 8, '%', 'average-growth'),
  y2021('一般公共预算收入增长5%', 5, '%', 'average-growth'),
  y2021('规模以上工业增加值增长8.5%', 8.5, '%', 'average-growth'),
  y2021('固定资产投资增长9%', 9, '%', 'average-growth'),
  y2021('社会消费品零售总额增长9%', 9, '%', 'average-growth'),
  y2021('居民消费价格涨幅3%左右', 3, '%', 'average-growth', '≈'),
  y2021('城镇新增就业13万人', 13, '万人', 'cumulative'),
  // The year's tasks.
  y2021('四个装置', 4, '个', 'count'),
  y2021('新增国家高新技术企业900户', 900, '户', 'cumulative'),
  y2021('全社会研发投入增长10%以上', 10, '%', 'average-growth'),
  y2021('人才团队20个以上', 20, '个', 'cumulative'),
  y2021('“三首”产品100项以上', 100, '项', 'cumulative'),
  y2021('工业机器人3000台', 3000, '台', 'cumulative'),
  y2021('打造3-5个', 3, '个', 'count'),
  y2021('加快建设7个', 7, '个', 'count'),
  y2021('新增市场主体24万户', 24, '万户', 'cumulative'),
  y2021('中长期贷款增长15%以上', 15, '%', 'average-growth'),
  y2021('亿元以上项目500个', 500, '个', 'cumulative'),
  y2021('竣工300个', 300, '个', 'cumulative'),
  y2021('实施300项', 300, '项', 'count'),
  y2021('技改投资增长7%以上', 7, '%', 'average-growth'),
  y2021('新签约项目投资增长10%', 10, '%', 'average-growth'),
  y2021('治理拥堵点15处', 15, '处', 'count'),
  y2021('打通断头路30条', 30, '条', 'count'),
  y2021('新增公共停车位5000个', 5000, '个', 'cumulative'),
  y2021('充电桩8000个', 8000, '个', 'cumulative'),
  y2021('改造老旧小区265个', 265, '个', 'cumulative'),
  y2021('集中培育1-2个', 1, '个', 'count'),
  y2021('动态清零', 100, '%', 'all-or-nothing', '='),
  y2021('新改建农村道路500公里', 500, '公里', 'cumulative'),
  y2021('建成高标准农田10万亩', 10, '万亩', 'cumulative'),
  y2021('粮食产量稳定在300万吨以上', 300, '万吨', 'level'),
  y2021('生产面积达180万亩', 180, '万亩', 'level'),
  y2021('示范基地60个', 60, '个', 'cumulative'),
  y2021('认证70个', 70, '个', 'cumulative'),
  y2021('建设10个', 10, '个', 'count'),
  y2021('培育15家', 15, '家', 'count'),
  y2021('航空货物吞吐量超过10万吨', 10, '万吨', 'level', '>'),
  y2021('集装箱吞吐量40万标箱以上', 40, '万标箱', 'level'),
  y2021('农药化肥“零增长”', 0, '%', 'level', '='),
  y2021('7个湿地修复任务', 7, '个', 'count'),
];
