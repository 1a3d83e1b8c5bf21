/**
 * The forward-looking quantitative statements of the national 15th FYP outline excerpt
 * (test-data/national-15th-fyp-outline.excerpt.zh.txt), labelled by hand from a reading
 * of the text before the extractor was run on it. 第一章第一节 looks back on the 14th FYP:
 * nothing there is a target. Targets are for 2030 unless the sentence names a year.
 *
 * Left out on purpose: names and durations (十年倍增行动, 5G, 6G, 面向2035的国家重大科技
 * 项目, 3.0版, 2030年可持续发展议程, 15分钟健身圈, 再延长30年), classifying ages (3岁以下,
 * 2－3岁), an anniversary (建军一百年), and 消除…壁垒 (no measure of its own).
 */
import type { LabelledStatement } from './label-types';

const y2030 = (quote: string, value: number, unit: string, kind: string, comparison: LabelledStatement['comparison'] = '>='): LabelledStatement => ({
  quote,
  value,
  unit,
  forwardLooking: true,
  kind,
  comparison,
  year: 2030,
});

export const NATIONAL_15TH_LABELS: readonly LabelledStatement[] = [
  // 第三章 主要目标.
  { quote: '比2020年翻一番', value: 2, unit: '倍', forwardLooking: true, kind: 'multiple', comparison: '>=', year: 2035 },
  y2030('投入年均增长7%以上', 7, '%', 'average-growth'),
  y2030('城镇调查失业率低于5.5%', 5.5, '%', 'bound', '<'),
  y2030('受教育年限提高到11.7年', 11.7, '年', 'level'),
  y2030('人均预期寿命提高到80岁', 80, '岁', 'level'),
  y2030('二氧化碳排放降低17%', 17, '%', 'reduction'),
  y2030('浓度降至27微克/立方米以下', 27, '微克/立方米', 'level', '<='),
  y2030('优良水体比例提高到85%', 85, '%', 'share'),
  y2030('森林覆盖率达到25.8%', 25.8, '%', 'share'),
  y2030('生产能力达到1.45万亿斤左右', 1.45, '万亿斤', 'level', '≈'),
  y2030('能源综合生产能力达到58亿吨标准煤', 58, '亿吨标准煤', 'level'),
  // The chapters.
  y2030('综合机械化率提高到80%以上', 80, '%', 'share'),
  y2030('优良水质比例达到86%左右', 86, '%', 'share', '≈'),
  y2030('自然岸线保有率不低于35%', 35, '%', 'bound'),
  y2030('分别下降到3.5‰', 3.5, '‰', 'share', '<='),
  y2030('12/10万以下', 12, '/10万', 'level', '<='),
  y2030('毛入园率提高到95%', 95, '%', 'share'),
  y2030('教育完成率达到88%', 88, '%', 'share'),
  y2030('高等教育毛入学率达到65%', 65, '%', 'share'),
  y2030('县域医共体全覆盖', 100, '%', 'all-or-nothing', '='),
  y2030('过早死亡率下降到13%以下', 13, '%', 'share', '<='),
  y2030('人数比例达到40%左右', 40, '%', 'share', '≈'),
  y2030('单位GDP能耗下降10%左右', 10, '%', 'reduction', '≈'),
  y2030('排放量分别下降8%以上', 8, '%', 'reduction'),
  y2030('进一步消除重污染天气', 100, '%', 'all-or-nothing', '='),
  y2030('总磷排放量分别下降6%', 6, '%', 'reduction'),
  y2030('基本消除县乡黑臭水体', 100, '%', 'all-or-nothing', '='),
  y2030('森林蓄积量达到224亿立方米', 224, '亿立方米', 'level'),
  y2030('单位GDP用水量下降10%', 10, '%', 'reduction'),
  y2030('有效利用系数提高到0.6', 0.6, '', 'level'),
  y2030('控制在2600万亩以内', 2600, '万亩', 'bound', '<='),
  y2030('年利用量达到45亿吨左右', 45, '亿吨', 'level', '≈'),
  y2030('稳定在2亿吨左右', 2, '亿吨', 'level', '≈'),
  // In-step statements (基本同步, issue 20), labelled when extraction learnt them: no number of their own (value 0, unit '').
  y2030('居民收入增长和经济增长同步', 0, '', 'in-step'),
  y2030('劳动报酬提高和劳动生产率提高同步', 0, '', 'in-step'),
];
